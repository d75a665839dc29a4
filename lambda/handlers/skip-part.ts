import { RequestHandler } from 'ask-sdk-core';
import { readSlot } from '../answers';
import { IntentName, SlotName } from '../intents';
import { advance, answerInPlace } from '../moves';
import { isMassagePart } from '../routine/machine';
import { services } from '../services';
import { isIntent } from './match';

/**
 * "skip this part", "next part", "skip the face": on to the next body part; a later part named is left
 * out when the routine gets there.
 */
export const skipPartHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.SkipPart),
  handle(input) {
    const { phrases } = services(input).content;
    const part = readSlot(input, SlotName.Part);
    if (part.kind === 'none') return advance(input, { type: 'skip-part' });
    if (part.kind !== 'matched' || !isMassagePart(part.id)) return answerInPlace(input, phrases.whichPart, phrases.whichPartReprompt);
    return advance(input, { type: 'skip-part', part: part.id });
  },
};
