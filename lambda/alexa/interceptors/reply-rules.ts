import { ResponseInterceptor } from 'ask-sdk-core';
import { boundedText } from '../../logging/fields';
import { hasSession, maySpeak } from '../request';
import { turnOf } from '../turn';

/**
 * The last word on every handled reply's shape, whatever the handler did: a request that may not speak
 * gets no speech, reprompt or card, and a request without a session gets no open session. Handlers
 * already follow the first rule, and a reply this has to correct for it is logged as the bug it is.
 */
export const replyRulesInterceptor: ResponseInterceptor = {
  process(input, response) {
    if (!response) return;
    const envelope = input.requestEnvelope;
    const corrected: string[] = [];
    let sessionless = false;
    if (!maySpeak(envelope)) {
      for (const key of ['outputSpeech', 'reprompt', 'card'] as const) {
        if (response[key] !== undefined) {
          delete response[key];
          corrected.push(key);
        }
      }
      if (response.shouldEndSession !== undefined) {
        delete response.shouldEndSession;
        corrected.push('shouldEndSession');
      }
    } else if (!hasSession(envelope) && (response.reprompt !== undefined || response.shouldEndSession === false)) {
      delete response.reprompt;
      response.shouldEndSession = true;
      sessionless = true;
    }
    // A question asked where there is no session to answer it in is the request's oddity, not a bug.
    if (sessionless) turnOf(input).logger.info('Reply closed: the request came without a session', { requestType: boundedText(envelope.request?.type, 100) });
    if (corrected.length > 0) turnOf(input).logger.error('Reply corrected for its request type', { requestType: boundedText(envelope.request?.type, 100), corrected });
  },
};
