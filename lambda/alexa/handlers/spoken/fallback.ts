import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { answerInPlace, routineUnderWay } from '../../../guide/moves';
import { isIntent } from '../../match';
import { turnOf } from '../../turn';
import { metricFields } from '../../../logging/metrics';

/**
 * Alexa heard something that fits no intent: say briefly what works from where the parent is (a yes or
 * no question pending, as after every answer; paused; at a stroke; or no massage under way), keeping
 * the place and any question.
 */
export const fallbackHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Fallback),
  handle(input) {
    const turn = turnOf(input);
    const { phrases } = turn.content;
    turn.logger.info('Fallback', metricFields('Fallback', { locale: turn.content.locale }));
    const routine = routineUnderWay(input);
    const line = turn.last.offer
      ? phrases.fallbackQuestion
      : routine?.status === 'paused'
        ? phrases.fallbackPaused
        : routine
          ? phrases.fallback
          : phrases.fallbackNoRoutine;
    return answerInPlace(input, line, phrases.fallbackReprompt);
  },
};
