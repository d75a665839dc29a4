import { RequestHandler } from 'ask-sdk-core';
import { fill } from '../../../content/fill';
import { IntentName } from '../../intents';
import { placeOf } from '../../../guide/moves';
import { isWorthOffering } from '../../../routine/progress';
import { goodbye } from '../../../speech/respond';
import { isIntent } from '../../match';
import { turnOf } from '../../turn';

/**
 * "stop", "cancel", "that's enough for today": goodbye. The place is saved before the goodbye, which
 * promises it only if the store took it.
 */
export const stopHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Stop, IntentName.Cancel, IntentName.NavigateHome),
  async handle(input) {
    const { phrases } = turnOf(input).content;
    const routine = turnOf(input).routine;
    if (!isWorthOffering(routine)) return goodbye(input, phrases.goodbye);
    const kept = (await turnOf(input).store.saveNow()) !== 'not-saved';
    return goodbye(input, fill(kept ? phrases.goodbyeWithPlace : phrases.goodbyePlaceNotSaved, placeOf(input, routine)));
  },
};
