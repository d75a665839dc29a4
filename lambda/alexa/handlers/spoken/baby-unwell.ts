import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isWorthOffering } from '../../../routine/progress';
import { pauseAndKeep } from '../../../guide/moves';
import { goodbye } from '../../../speech/respond';
import { isIntent } from '../../match';
import { turnOf } from '../../turn';

/**
 * "my baby has a fever", "she's unwell", "he had his jabs today": not today, with who to ask. The place
 * is kept for another day; nothing about the baby's health is stored.
 */
export const babyUnwellHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.BabyUnwell),
  async handle(input) {
    const { phrases } = turnOf(input).content;
    const routine = turnOf(input).routine;
    if (!isWorthOffering(routine)) return goodbye(input, phrases.unwell);
    const kept = await pauseAndKeep(input, routine);
    return goodbye(input, `${phrases.unwell} ${kept ? phrases.unwellPlaceKept : phrases.placeNotSaved}`);
  },
};
