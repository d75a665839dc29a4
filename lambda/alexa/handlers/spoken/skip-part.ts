import { RequestHandler } from 'ask-sdk-core';
import { partNamed, readSlot } from '../../slots';
import { IntentName, SlotName } from '../../intents';
import { advance, answerInPlace, routineUnderWay, startForPart, startRoutine } from '../../../guide/moves';
import { isIntent } from '../../match';
import { turnOf } from '../../turn';
import { answering } from '../../../lazy';

/**
 * "skip this part", "next part", "skip the face": on to the next body part; a later part named is left
 * out when the routine gets there. With no massage under way, the full one starts (leaving the part out).
 */
export const skipPartHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.SkipPart),
  handle(input) {
    const { phrases } = turnOf(input).content;
    const slot = readSlot(input, SlotName.Part);
    const part = partNamed(input, slot);
    if (slot.kind === 'unmatched' && !part) return answering().respondToWords(input, slot.heard, ['command', 'statement', 'question'], () => answerInPlace(input, phrases.whichPart, phrases.whichPartReprompt));
    if (slot.kind !== 'none' && !part) return answerInPlace(input, phrases.whichPart, phrases.whichPartReprompt);
    const event = { type: 'skip-part' as const, ...(part ? { part } : {}) };
    if (!routineUnderWay(input)) return part ? startForPart(input, part, 'without') : startRoutine(input);
    return advance(input, event);
  },
};
