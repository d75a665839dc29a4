import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../intents';
import { services } from '../services';
import { answerInPlace } from './guide';
import { isIntent } from './match';

/** "help", "what can I say": the commands and that questions are welcome. The place is kept. */
export const helpHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Help),
  handle(input) {
    const { phrases } = services(input).content;
    return answerInPlace(input, phrases.help, phrases.helpReprompt);
  },
};
