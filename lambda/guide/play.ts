import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { SlotName } from '../alexa/intents';
import { readSlot } from '../alexa/slots';
import { turnOf } from '../alexa/turn';
import { fill } from '../content/fill';
import { playAlong } from '../lazy';
import { supportsAudio } from '../play-along/context';
import { isMassagePart, positionOf } from '../routine/machine';
import { isResumable } from '../routine/progress';
import { PART_ROUTINES, ROUTINES, isRoutineId } from '../routine/routines';
import { RoutineId } from '../routine/types';
import { isLessonId } from '../routine/lessons';
import { advance, greetingOf, startRoutine } from './moves';

/**
 * "play the massage", "play the colic massage", "keep going by yourself": the routine plays through as
 * audio, step after step, with no "say next" in between; "Alexa, pause" and "Alexa, resume" then
 * work without the skill's name. Inside the spoken guide it plays on from the same step. A device
 * without AudioPlayer (or a deployment without the audio) gets the spoken guide, and is told so.
 */
export function playRoutine(input: HandlerInput, named: RoutineId | undefined): Promise<Response> {
  const { phrases, steps, routines } = turnOf(input).content;
  const current = turnOf(input).routine;
  const playable = supportsAudio(input) && turnOf(input).audio !== undefined;
  if (!playable) {
    const line = supportsAudio(input) ? phrases.audioNotSetUp : phrases.audioNotSupported;
    if (isResumable(current) && !named) return advance(input, { type: 'resume' }, { lead: [line] });
    return startRoutine(input, named ?? 'full', [line, ...greetingOf(input)]);
  }
  const routineId: RoutineId = named ?? (isResumable(current) ? current.routineId : 'full');
  // A lesson goes at the parent's pace, with their turns: it is taught by voice, never played through.
  if (!named && isResumable(current) && isLessonId(current.routineId)) return advance(input, { type: 'resume' }, { lead: [phrases.audioLesson] });
  const index = !named && isResumable(current) ? positionOf(current).index : 0;
  const step = ROUTINES[routineId].steps[index];
  const speech = fill(index === 0 ? phrases.audioStarting : phrases.audioStartingAt, { routine: routines[routineId].name, step: steps[step.script ?? step.id].name });
  // Loaded only when a routine is played: the spoken guide never pays for the AudioPlayer code.
  return playAlong().playFrom(input, routineId, index, 0, [speech]);
}

/** The routine a request names, by name or by the body part it is for; none when it names none we have. */
export function routineNamed(input: HandlerInput): RoutineId | undefined {
  const routine = readSlot(input, SlotName.Routine);
  if (routine.kind === 'matched' && isRoutineId(routine.id)) return routine.id;
  const part = readSlot(input, SlotName.Part);
  if (part.kind === 'matched' && isMassagePart(part.id)) return PART_ROUTINES[part.id];
  return undefined;
}
