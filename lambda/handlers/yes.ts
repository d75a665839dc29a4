import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../intents';
import { advance, answerInPlace, startRoutine } from '../moves';
import { services } from '../services';
import { pendingOffer, routineOf } from '../session';
import { isIntent } from './match';

/**
 * "yes" means whatever was just asked: carry on from the saved or interrupted step (from its
 * beginning), start a massage, or start this one again. With nothing asked it is answered in place.
 */
export const yesHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Yes),
  handle(input) {
    const { phrases } = services(input).content;
    switch (pendingOffer(input)) {
      case 'resume':
      case 'continue':
        return advance(input, { type: 'resume' }, { lead: [phrases.resuming] });
      case 'start':
        return startRoutine(input);
      case 'restart':
        return advance(input, { type: 'start', routineId: routineOf(input)?.routineId ?? 'full' }, { lead: [phrases.startFresh] });
      default:
        return answerInPlace(input, phrases.unexpectedAnswer, phrases.stepReprompt);
    }
  },
};
