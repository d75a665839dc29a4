import { RequestHandler } from 'ask-sdk-core';
import { fill } from '../content/fill';
import { IntentName } from '../intents';
import { isWorthOffering } from '../routine/state';
import { services } from '../services';
import { routineOf } from '../session';
import { placeOf } from '../moves';
import { goodbye } from '../speech/respond';
import { isIntent } from './match';

/** "stop", "cancel", "that's enough for today": goodbye. The place is kept for the next launch. */
export const stopHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Stop, IntentName.Cancel, IntentName.NavigateHome),
  handle(input) {
    const { phrases } = services(input).content;
    const routine = routineOf(input);
    const speech = isWorthOffering(routine) ? fill(phrases.goodbyeWithPlace, placeOf(input, routine)) : phrases.goodbye;
    return goodbye(input, speech);
  },
};
