import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../intents';
import { services } from '../services';
import { pendingOffer } from '../session';
import { advance, answerInPlace, startRoutine } from './guide';
import { isIntent } from './match';

/**
 * "yes" means whatever was just asked: carry on from the saved or interrupted step (from its
 * beginning), or start a massage. With nothing asked it is answered without moving.
 */
export const yesHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Yes),
  handle(input) {
    const { phrases } = services(input).content;
    switch (pendingOffer(input)) {
      case 'resume':
      case 'continue':
        return advance(input, { type: 'resume' }, [phrases.resuming[0]]);
      case 'start':
        return startRoutine(input);
      default:
        return answerInPlace(input, phrases.unexpectedAnswer, phrases.stepReprompt);
    }
  },
};
