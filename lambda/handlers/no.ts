import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../intents';
import { services } from '../services';
import { pendingOffer } from '../session';
import { advance, answerInPlace, ask, goodbye } from './guide';
import { isIntent } from './match';

/**
 * "no" to "shall we carry on from the tummy?" starts afresh; "no" to "shall we carry on?" after a
 * question waits (the place is kept); "no" to "would you like to start?" says goodbye.
 */
export const noHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.No),
  handle(input) {
    const { phrases } = services(input).content;
    switch (pendingOffer(input)) {
      case 'resume':
        return advance(input, { type: 'start', routineId: 'full' }, [phrases.startFresh]);
      case 'continue':
        return ask(input, phrases.notNow, phrases.stepReprompt);
      case 'start':
        return goodbye(input, phrases.goodbye);
      default:
        return answerInPlace(input, phrases.unexpectedAnswer, phrases.stepReprompt);
    }
  },
};
