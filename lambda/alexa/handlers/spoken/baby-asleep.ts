import { RequestHandler } from 'ask-sdk-core';
import { fill } from '../../../content/fill';
import { IntentName } from '../../intents';
import { pauseAndKeep, placeOf } from '../../../guide/moves';
import { isWorthOffering } from '../../../routine/progress';
import { goodbye } from '../../../speech/respond';
import { isIntent } from '../../match';
import { turnOf } from '../../turn';

/** "she fell asleep": a sleeping baby is not massaged. The place is kept, and the session ends quietly. */
export const babyAsleepHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.BabyAsleep),
  async handle(input) {
    const { phrases } = turnOf(input).content;
    const routine = turnOf(input).routine;
    if (!isWorthOffering(routine)) return goodbye(input, phrases.asleepNothingKept);
    const kept = await pauseAndKeep(input, routine);
    return goodbye(input, kept ? fill(phrases.asleep, placeOf(input, routine)) : phrases.asleepNotSaved);
  },
};
