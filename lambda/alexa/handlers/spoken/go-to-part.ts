import { RequestHandler } from 'ask-sdk-core';
import { partNamed, readSlot } from '../../slots';
import { IntentName, SlotName } from '../../intents';
import { advance, answerInPlace, routineUnderWay, startForPart, startRoutine } from '../../../guide/moves';
import { isIntent } from '../../match';
import { turnOf } from '../../turn';
import { answering } from '../../../lazy';

/**
 * "go to the tummy", "skip to the back", "let's do the arms": the first stroke of that part. A part
 * the routine does not have is owned up to and the place is kept; a part we did not catch is asked
 * again. With no massage under way, the part's own routine starts, with its opening. Words that name
 * a routine rather than a part ("let's do the colic massage") start that routine.
 */
export const goToPartHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.GoToPart),
  handle(input) {
    const { phrases } = turnOf(input).content;
    const slot = readSlot(input, SlotName.Part);
    const part = partNamed(input, slot);
    if (!part && slot.kind === 'unmatched') {
      // "let's do the colic massage now": a routine named where a part was expected is that routine.
      const routine = turnOf(input).content.questions.routineOf(slot.heard);
      if (routine) return startRoutine(input, routine);
      return answering().respondToWords(input, slot.heard, ['command', 'statement', 'question'], () => answerInPlace(input, phrases.whichPart, phrases.whichPartReprompt));
    }
    if (!part) return answerInPlace(input, phrases.whichPart, phrases.whichPartReprompt);
    if (!routineUnderWay(input)) return startForPart(input, part, 'only');
    return advance(input, { type: 'go-to-part', part });
  },
};
