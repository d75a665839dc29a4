import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { answerInPlace } from '../../../guide/moves';
import { isIntent } from '../../match';
import { turnOf } from '../../turn';

/** Alexa heard something that fits no intent: say briefly what works, keep the place and any question. */
export const fallbackHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Fallback),
  handle(input) {
    const { phrases } = turnOf(input).content;
    return answerInPlace(input, phrases.fallback, phrases.fallbackReprompt);
  },
};
