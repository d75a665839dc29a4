import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { fill } from '../content/fill';
import { ROUTINES } from '../routine/routines';
import { isAfterLongBreak } from '../routine/progress';
import { isNewParent } from '../routine/profile';
import { transition } from '../routine/machine';
import { MassagePart, RoutineEvent, RoutineId, RoutineState } from '../routine/types';
import { hasSession, maySpeak } from '../alexa/request';
import { showScreen } from '../screens/support';
import { SpeechBuilder } from '../speech/ssml';
import { Variant } from './catalog';
import { playingToken, reportedOffset } from './context';
import { Place } from '../storage/place';
import { AudioToken, offsetInStep, playStep } from './play';
import { afterPlayback } from './events';
import { turnOf } from '../alexa/turn';

/**
 * Play-along moves: the same places as the spoken guide, as AudioPlayer directives. Every reply to a
 * request that may speak closes the session (starting playback ends it anyway); replies to Alexa's
 * AudioPlayer and PlaybackController requests carry directives only.
 */

const variantOf = (place: Place): Variant => (isNewParent(place.profile) ? 'first' : 'regular');

function reply(input: HandlerInput, speech: readonly string[]): HandlerInput['responseBuilder'] {
  const builder = input.responseBuilder;
  if (maySpeak(input.requestEnvelope) && speech.length > 0) builder.speak(new SpeechBuilder().say(...speech).build());
  if (maySpeak(input.requestEnvelope) && hasSession(input.requestEnvelope)) builder.withShouldEndSession(true);
  return builder;
}

/** Plays a routine's step now (from `offsetMs`), keeping it as the parent's place. */
export async function playFrom(
  input: HandlerInput,
  routineId: RoutineId,
  stepIndex: number,
  offsetMs: number,
  speech: readonly string[] = [],
  skipParts?: readonly MassagePart[],
): Promise<Response> {
  const { content, audio } = turnOf(input);
  if (!audio) throw new Error('Play-along audio is not configured');
  const place = await turnOf(input).store.load();
  // A routine that started as a first-timer's plays on as one, whatever sessions "Alexa, next" opens.
  const variant = playingToken(input)?.variant ?? variantOf(place);
  const step = ROUTINES[routineId].steps[stepIndex];
  // Parts the parent asked to leave out stay left out while it plays on (events.ts nextPlayable).
  const leaveOut = skipParts ?? (place.routine?.routineId === routineId ? place.routine.skipParts : undefined);
  // Played on from the same run (not its start): its practice-log entry goes on too.
  const before = place.routine;
  const run = before?.routineId === routineId && before.status !== 'finished' && before.started && stepIndex > 0 ? { started: before.started } : {};
  const routine: RoutineState = { routineId, stepId: step.id, status: 'in-progress', audio: { offsetMs }, ...(leaveOut?.length ? { skipParts: leaveOut } : {}), ...run };
  const directive = playStep(content, audio, routineId, stepIndex, variant, 'REPLACE_ALL', offsetMs);
  // The full opening plays: from the next visit on, the parent is a regular (as in the spoken guide).
  const opening = variant === 'first' && step.part === 'opening' && place.profile.firstOpening === undefined;
  const profile = opening ? { ...place.profile, firstOpening: Math.max(place.profile.sessions, 1) } : place.profile;
  turnOf(input).store.keep({ routine, profile });
  // An Echo Show shows what is playing, with the same controls.
  if (maySpeak(input.requestEnvelope)) showScreen(input, (views) => views.stepView(content, routine, 0, 'playing'));
  return reply(input, speech).addDirective(directive).getResponse();
}

/** The second Alexa reports for the playing step, if it is one in that step; else its start. */
function offsetOf(input: HandlerInput, token: AudioToken): number {
  return offsetInStep(turnOf(input).content, token, reportedOffset(input));
}

/**
 * Pauses the playing step at the second Alexa reports, by the rule PlaybackStopped follows: a routine
 * that finished meanwhile stays finished, and a place another request moved on is not moved back.
 */
function pauseHere(input: HandlerInput, token: AudioToken): void {
  const event = { type: 'stopped', token, offsetMs: offsetOf(input, token), at: turnOf(input).now().toISOString() } as const;
  turnOf(input).store.update((place) => afterPlayback(place, event));
}

/** "Alexa, pause" (or the pause button): stops at once and keeps the second it stopped at. */
export async function pauseAudio(input: HandlerInput, speech: readonly string[] = []): Promise<Response> {
  const token = playingToken(input);
  await turnOf(input).store.load();
  if (token) pauseHere(input, token);
  return reply(input, speech).addAudioPlayerStopDirective().getResponse();
}

/** "Alexa, resume" (or play): the step it stopped in, from the second it stopped at. */
export async function resumeAudio(input: HandlerInput, speech: readonly string[] = []): Promise<Response> {
  const token = playingToken(input);
  const place = await turnOf(input).store.load();
  const routine = place.routine;
  if (routine && routine.status !== 'finished' && (!token || (token.routineId === routine.routineId && token.stepId === routine.stepId))) {
    const index = ROUTINES[routine.routineId].steps.findIndex((s) => s.id === routine.stepId);
    // Back after an hour or more: the one-line check first (said where Alexa allows speech: "Alexa, resume", not a button).
    const check = isAfterLongBreak(routine, turnOf(input).now()) ? [turnOf(input).content.phrases.checkAfterBreak] : [];
    return playFrom(input, routine.routineId, Math.max(0, index), routine.audio?.offsetMs ?? 0, [...check, ...speech]);
  }
  if (token) return playFrom(input, token.routineId, token.stepIndex, offsetOf(input, token), speech);
  return reply(input, [turnOf(input).content.phrases.nothingToResume]).getResponse();
}

/** "Alexa, next", "previous", "start over" and the buttons: another step, from its start. */
export async function moveAudio(input: HandlerInput, move: 'next' | 'previous' | 'start-over'): Promise<Response> {
  const token = playingToken(input);
  const place = await turnOf(input).store.load();
  const routineId = token?.routineId ?? place.routine?.routineId ?? 'full';
  const current = token?.stepIndex ?? 0;
  const steps = ROUTINES[routineId].steps;
  if (move === 'next' && current >= steps.length - 1) {
    const run = place.routine?.routineId === routineId && place.routine.started ? { started: place.routine.started } : {};
    turnOf(input).store.keep({ ...place, routine: { routineId, stepId: steps[current].id, status: 'finished', ...run } });
    return reply(input, [turnOf(input).content.phrases.alreadyFinished]).addAudioPlayerStopDirective().getResponse();
  }
  const target = move === 'start-over' ? 0 : move === 'next' ? current + 1 : Math.max(0, current - 1);
  return playFrom(input, routineId, target, 0);
}

/**
 * A statement about the baby while it plays ("she's crying", "he fell asleep", "she has a fever"):
 * the audio stops at once and the place is kept at the second it stopped. `speech` says why, told
 * whether the place was really kept and the body part it is on.
 */
export async function stopForBaby(input: HandlerInput, speech: (kept: boolean, part: string) => readonly string[]): Promise<Response> {
  const { parts } = turnOf(input).content;
  const token = playingToken(input);
  if (!token) return reply(input, speech(false, parts.opening)).addAudioPlayerStopDirective().getResponse();
  await turnOf(input).store.load();
  pauseHere(input, token);
  // Said in a session (statements are voice): save now, to say truly whether the place was kept.
  const kept = !input.requestEnvelope.session || (await turnOf(input).store.saveNow()) !== 'not-saved';
  return reply(input, speech(kept, parts[ROUTINES[token.routineId].steps[token.stepIndex].part])).addAudioPlayerStopDirective().getResponse();
}

/**
 * "Go to the tummy", "skip this part", "next part" while it plays: the same moves as the spoken guide,
 * played from the new step's start. A part the routine lacks, or a later part to leave out (the audio
 * plays every step it has), is answered and the audio carries on.
 */
export async function moveAudioByPart(input: HandlerInput, event: Extract<RoutineEvent, { type: 'go-to-part' | 'skip-part' }>): Promise<Response> {
  const { phrases, parts } = turnOf(input).content;
  const token = playingToken(input);
  if (!token) return reply(input, [phrases.nothingToResume]).getResponse();
  const { outcome } = transition({ routineId: token.routineId, stepId: token.stepId, status: 'in-progress' }, event);
  switch (outcome.kind) {
    case 'step':
      return playFrom(input, token.routineId, outcome.stepIndex, 0, (outcome.skipped ?? []).map((part) => fill(phrases.skippingPart, { part: parts[part] })));
    case 'part-not-in-routine':
      return answerDuringAudio(input, [fill(phrases.audioPartNotInRoutine, { part: parts[outcome.part] })]);
    case 'part-skipped-later': {
      // Kept with the place: when the audio gets there, it passes that part over (events.ts nextPlayable).
      const stored = (await turnOf(input).store.load()).routine;
      const before = stored?.routineId === token.routineId ? (stored.skipParts ?? []) : [];
      const line = [fill(phrases.audioSkipLater, { part: parts[outcome.part] })];
      return playFrom(input, token.routineId, token.stepIndex, offsetOf(input, token), line, [...new Set([...before, outcome.part])]);
    }
    default:
      return answerDuringAudio(input, []);
  }
}

/** "Alexa, stop" or "cancel" while it plays: stops, keeps the place, and says how to carry on. */
export async function stopAudio(input: HandlerInput): Promise<Response> {
  const { phrases, parts } = turnOf(input).content;
  const token = playingToken(input);
  const speech = token ? [fill(phrases.audioStopped, { part: parts[ROUTINES[token.routineId].steps[token.stepIndex].part] })] : [phrases.goodbye];
  return pauseAudio(input, speech);
}

/** "Alexa, repeat" while it plays: the step again from its start. */
export async function repeatAudio(input: HandlerInput, speech: readonly string[]): Promise<Response> {
  const token = playingToken(input);
  if (!token) return resumeAudio(input, speech);
  return playFrom(input, token.routineId, token.stepIndex, 0, speech);
}

/** An answer while the audio is paused for it, then the audio carries on from where it was. */
export async function answerDuringAudio(input: HandlerInput, speech: readonly string[]): Promise<Response> {
  const token = playingToken(input);
  if (!token) return reply(input, speech).getResponse();
  return playFrom(input, token.routineId, token.stepIndex, offsetOf(input, token), speech);
}
