import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { answerInPlace, routineUnderWay } from '../../../guide/moves';
import { goodbye } from '../../../speech/respond';
import { isIntent } from '../../match';
import { turnOf } from '../../turn';

/** "thank you": mid-massage, you're welcome and the way on (the place is kept); otherwise a warm goodbye. */
export const thanksHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Thanks),
  handle(input) {
    const { phrases } = turnOf(input).content;
    if (routineUnderWay(input)) return answerInPlace(input, [phrases.thanks, phrases.stepReprompt], phrases.stepReprompt);
    return goodbye(input, phrases.thanksGoodbye);
  },
};
