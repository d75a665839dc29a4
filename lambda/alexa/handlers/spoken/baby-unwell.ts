import { RequestHandler } from 'ask-sdk-core';
import { isOurAudioPlaying } from '../../../play-along/context';
import { extras } from '../../../lazy/index';
import { IntentName } from '../../intents';
import { isWorthOffering } from '../../../routine/progress';
import { pauseAndKeep } from '../../../guide/moves';
import { services } from '../../services';
import { routineOf } from '../../turn';
import { goodbye } from '../../../speech/respond';
import { isIntent } from '../../match';

/**
 * "my baby has a fever", "she's unwell", "he had his jabs today": not today, with who to ask. The place
 * is kept for another day; nothing about the baby's health is stored.
 */
export const babyUnwellHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.BabyUnwell),
  async handle(input) {
    const { phrases } = services(input).content;
    if (isOurAudioPlaying(input)) return extras().audio.stopForBaby(input, (kept) => [phrases.unwell, kept ? phrases.unwellPlaceKept : phrases.placeNotSaved]);
    const routine = routineOf(input);
    if (!isWorthOffering(routine)) return goodbye(input, phrases.unwell);
    const kept = await pauseAndKeep(input, routine);
    return goodbye(input, `${phrases.unwell} ${kept ? phrases.unwellPlaceKept : phrases.placeNotSaved}`);
  },
};
