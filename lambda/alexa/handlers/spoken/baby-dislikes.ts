import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { routineUnderWay } from '../../../guide/moves';
import { ask } from '../../../speech/respond';
import { isIntent } from '../../match';
import { turnOf } from '../../turn';

/** "she doesn't like it": the signs to watch for, and permission to stop; "yes" carries on. */
export const babyDislikesHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.BabyDislikes),
  handle(input) {
    const { phrases, questions } = turnOf(input).content;
    turnOf(input).offer = routineUnderWay(input) ? 'continue' : 'start';
    return ask(input, [phrases.dislikes, phrases.dislikesAsk], questions.carryOn);
  },
};
