import { RequestHandler } from 'ask-sdk-core';
import { isAudioCommand } from '../audio/context';
import { extras } from '../lazy';
import { readSlot } from '../answers';
import { IntentName, SlotName } from '../intents';
import { advance, answerInPlace, routineUnderWay, startForPart, startRoutine } from '../moves';
import { isMassagePart } from '../routine/machine';
import { services } from '../services';
import { isIntent } from './match';

/**
 * "skip this part", "next part", "skip the face": on to the next body part; a later part named is left
 * out when the routine gets there. With no massage under way, the full one starts (leaving the part out).
 */
export const skipPartHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.SkipPart),
  handle(input) {
    const { phrases } = services(input).content;
    const part = readSlot(input, SlotName.Part);
    if (isAudioCommand(input) && part.kind !== 'unmatched') {
      const named = part.kind === 'matched' && isMassagePart(part.id) ? part.id : undefined;
      if (part.kind === 'none' || named) return extras().audio.moveAudioByPart(input, { type: 'skip-part', ...(named ? { part: named } : {}) });
    }
    const underWay = routineUnderWay(input) !== undefined;
    if (part.kind === 'none') return underWay ? advance(input, { type: 'skip-part' }) : startRoutine(input);
    if (part.kind !== 'matched' || !isMassagePart(part.id)) return answerInPlace(input, phrases.whichPart, phrases.whichPartReprompt);
    if (!underWay) return startForPart(input, part.id, 'without');
    return advance(input, { type: 'skip-part', part: part.id });
  },
};
