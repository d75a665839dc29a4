import { RequestHandler } from 'ask-sdk-core';
import { readSlot } from '../../slots';
import { IntentName, SlotName } from '../../intents';
import { advance, answerInPlace, routineUnderWay, startForPart, startRoutine } from '../../../guide/moves';
import { isMassagePart } from '../../../routine/machine';
import { PART_ROUTINES, isRoutineId } from '../../../routine/routines';
import { isResumable } from '../../../routine/progress';
import { launch } from '../../../guide/launch';
import { isIntent } from '../../match';
import { turnOf } from '../../turn';
import { answering } from '../../../lazy';

/**
 * "start the colic massage", "a quick one", "just the legs" (also in one breath: "Alexa, ask baby
 * massage for a bedtime massage"): that routine from its start. "start a massage" with no name is the
 * same as launching; in the middle of one it just carries on.
 */
export const startRoutineHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.StartRoutine),
  handle(input) {
    const { phrases } = turnOf(input).content;
    const routine = readSlot(input, SlotName.Routine);
    const part = readSlot(input, SlotName.Part);
    if (routine.kind === 'matched' && isRoutineId(routine.id)) return startRoutine(input, routine.id);
    if (part.kind === 'matched' && isMassagePart(part.id)) {
      const single = PART_ROUTINES[part.id];
      if (single) return startRoutine(input, single);
      // No short routine for this part (the chest): in a massage, the full routine from that part; with
      // none under way, the full one from its opening (the safety check comes first).
      if (!routineUnderWay(input)) return startForPart(input, part.id, 'only');
      return advance(input, { type: 'go-to-part', part: part.id }, { lead: [phrases.noSinglePartRoutine] });
    }
    if (routine.kind === 'unmatched' || part.kind === 'unmatched') {
      // Words Alexa could not resolve as a routine are what they were ("how often should we massage",
      // "what oil to use for baby massage"): a question or a statement, never an unknown routine.
      const heard = routine.kind === 'unmatched' ? routine.heard : part.kind === 'unmatched' ? part.heard : '';
      // Not asked, but a routine named by what it is for ("my baby has colic, which massage"): that one.
      const named = routine.kind === 'unmatched' ? turnOf(input).content.questions.routineOf(heard) : undefined;
      if (named) return startRoutine(input, named);
      return answering().respondToWords(input, heard, ['question', 'statement', 'command'], () => answerInPlace(input, [phrases.unknownRoutine, phrases.routineList], phrases.helpReprompt));
    }
    if (isResumable(turnOf(input).routine) && !input.requestEnvelope.session?.new) {
      return advance(input, { type: 'resume' }, { lead: [phrases.carryingOn] });
    }
    return launch(input);
  },
};
