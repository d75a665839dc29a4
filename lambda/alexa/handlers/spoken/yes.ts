import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { suggestedRoutine } from '../../../guide/answers';
import { advance, answerInPlace, startRoutine } from '../../../guide/moves';
import { isIntent } from '../../match';
import { turnOf } from '../../turn';

/**
 * "yes" means whatever was just asked: carry on from the saved or interrupted step (from its
 * beginning), start a massage, or start this one again. With nothing asked, a parent in a routine
 * means "ready": after a step ("say next when you're ready") the next one; after a pause or an answer
 * the same one again. With no routine under way it is answered in place.
 */
export const yesHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Yes),
  handle(input) {
    const { phrases } = turnOf(input).content;
    const offer = turnOf(input).last.offer;
    const status = turnOf(input).routine?.status;
    // "Would you like to try the colic massage?" after the colic answer: that one; else the full massage.
    if (offer === 'start') return startRoutine(input, suggestedRoutine(turnOf(input).last.answered));
    if (offer === 'restart') return advance(input, { type: 'start', routineId: turnOf(input).routine?.routineId ?? 'full' }, { lead: [phrases.startFresh] });
    // Asked to carry on, or back from a pause or an answer (help, "where are we"): the same step again.
    if (offer === 'resume' || offer === 'continue' || status === 'paused' || (status === 'in-progress' && turnOf(input).last.answered)) {
      return advance(input, { type: 'resume' }, { lead: [phrases.resuming] });
    }
    if (status === 'in-progress') return advance(input, { type: 'next' });
    return answerInPlace(input, phrases.unexpectedAnswer, phrases.stepReprompt);
  },
};
