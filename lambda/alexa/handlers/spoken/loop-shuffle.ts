import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { answerInPlace } from '../../../guide/moves';
import { isIntent } from '../../match';
import { turnOf } from '../../turn';

/** "loop", "shuffle" in the spoken guide: an honest answer, and the place is kept. */
export const loopShuffleHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.LoopOn, IntentName.LoopOff, IntentName.ShuffleOn, IntentName.ShuffleOff),
  handle(input) {
    const { phrases } = turnOf(input).content;
    return answerInPlace(input, phrases.noLoopOrShuffle, phrases.stepReprompt);
  },
};
