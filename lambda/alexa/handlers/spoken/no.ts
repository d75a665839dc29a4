import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { advance, answerInPlace } from '../../../guide/moves';
import { ask, goodbye } from '../../../speech/respond';
import { isIntent } from '../../match';
import { turnOf } from '../../turn';

/**
 * "no" to "shall we carry on from the tummy?" starts that routine afresh; "no" to "shall we carry
 * on?" after a question waits (the place is kept); "no" to "would you like to start?" says goodbye;
 * "no" to "start again from the beginning?" carries on where we were.
 */
export const noHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.No),
  handle(input) {
    const { phrases } = turnOf(input).content;
    switch (turnOf(input).last.offer) {
      case 'resume':
        return advance(input, { type: 'start', routineId: turnOf(input).routine?.routineId ?? 'full' }, { lead: [phrases.startFresh] });
      case 'continue':
        // Still asked: a "yes" or "okay" when they are ready carries on with the same step.
        turnOf(input).offer = 'continue';
        return ask(input, phrases.notNow, phrases.stepReprompt);
      case 'start':
        return goodbye(input, phrases.goodbye);
      case 'restart':
        return advance(input, { type: 'resume' }, { lead: [phrases.keepPlace] });
      default:
        return answerInPlace(input, phrases.unexpectedAnswer, phrases.stepReprompt);
    }
  },
};
