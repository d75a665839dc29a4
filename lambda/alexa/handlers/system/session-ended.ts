import { RequestHandler } from 'ask-sdk-core';
import { boundedText } from '../../../logging/fields';
import { isRequestType } from '../../match';
import { turnOf } from '../../turn';
import { metricFields } from '../../../logging/metrics';

/**
 * The session closed (silence, "stop", an error on Alexa's side). Nothing may be said; any change to
 * the position is saved by the state interceptor, so the next launch can offer to carry on.
 */
export const sessionEndedHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'SessionEndedRequest'),
  handle(input) {
    const request = input.requestEnvelope.request;
    if (request.type === 'SessionEndedRequest' && request.reason === 'ERROR') {
      turnOf(input).logger.warn('Session ended with an error', { errorType: boundedText(request.error?.type, 100) });
    }
    // Closed mid-stroke: the place stays "in progress" (the next launch offers that stroke or the next),
    // stamped with when, so that carrying on after a long break starts with the one-line check. A
    // play-along place is stamped by Alexa's own PlaybackStopped report instead.
    const routine = turnOf(input).routine;
    if (routine?.status === 'in-progress' && !routine.audio) (turnOf(input).routine = { ...routine, pausedAt: turnOf(input).now().toISOString() });
    // Where parents stop: the routine and step the session closed on (a dashboard's Logs Insights widget).
    if (routine && routine.status !== 'finished') {
      turnOf(input).logger.info('Routine left', metricFields('RoutineLeft', { routine: routine.routineId, locale: turnOf(input).content.locale }, { step: routine.stepId }));
    }
    return input.responseBuilder.getResponse();
  },
};
