import { RequestHandler } from 'ask-sdk-core';
import { fill } from '../../../content/fill';
import { IntentName } from '../../intents';
import { savePlace } from '../../interceptors/turn';
import { placeOf } from '../../../guide/moves';
import { isWorthOffering } from '../../../routine/progress';
import { services } from '../../services';
import { routineOf } from '../../turn';
import { goodbye } from '../../../speech/respond';
import { isIntent } from '../../match';

/**
 * "stop", "cancel", "that's enough for today": goodbye. The place is saved before the goodbye, which
 * promises it only if the store took it.
 */
export const stopHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Stop, IntentName.Cancel, IntentName.NavigateHome),
  async handle(input) {
    const { phrases } = services(input).content;
    const routine = routineOf(input);
    if (!isWorthOffering(routine)) return goodbye(input, phrases.goodbye);
    const kept = (await savePlace(input)) !== 'not-saved';
    return goodbye(input, fill(kept ? phrases.goodbyeWithPlace : phrases.goodbyePlaceNotSaved, placeOf(input, routine)));
  },
};
