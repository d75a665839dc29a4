import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { suggestedRoutine } from '../../../guide/answers';
import { advance, answerInPlace, startRoutine } from '../../../guide/moves';
import { services } from '../../services';
import { lastAnswer, pendingOffer, routineOf } from '../../turn';
import { isIntent } from '../../match';

/**
 * "yes" means whatever was just asked: carry on from the saved or interrupted step (from its
 * beginning), start a massage, or start this one again. With nothing asked, a parent in a routine
 * means "ready": after a step ("say next when you're ready") the next one; after a pause or an answer
 * the same one again. With no routine under way it is answered in place.
 */
export const yesHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Yes),
  handle(input) {
    const { phrases } = services(input).content;
    const offer = pendingOffer(input);
    const status = routineOf(input)?.status;
    // "Would you like to try the colic massage?" after the colic answer: that one; else the full massage.
    if (offer === 'start') return startRoutine(input, suggestedRoutine(lastAnswer(input)));
    if (offer === 'restart') return advance(input, { type: 'start', routineId: routineOf(input)?.routineId ?? 'full' }, { lead: [phrases.startFresh] });
    // Asked to carry on, or back from a pause or an answer (help, "where are we"): the same step again.
    if (offer === 'resume' || offer === 'continue' || status === 'paused' || (status === 'in-progress' && lastAnswer(input))) {
      return advance(input, { type: 'resume' }, { lead: [phrases.resuming] });
    }
    if (status === 'in-progress') return advance(input, { type: 'next' });
    return answerInPlace(input, phrases.unexpectedAnswer, phrases.stepReprompt);
  },
};
