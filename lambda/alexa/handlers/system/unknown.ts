import type { RequestHandler } from 'ask-sdk-core';
import { getIntentName } from '../../sdk';
import { answerInPlace } from '../../../guide/moves';
import { boundedText } from '../../../logging/fields';
import { isRequestType } from '../../match';
import { hasSession, maySpeak } from '../../request';
import { turnOf } from '../../turn';

/** An intent the skill has no handler for (a model newer than the code, a test tool): keep the place. */
export const unknownIntentHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'IntentRequest'),
  handle(input) {
    const { logger, content } = turnOf(input);
    logger.warn('Unhandled intent', { intent: boundedText(getIntentName(input.requestEnvelope), 100) });
    return answerInPlace(input, content.phrases.fallback, content.phrases.fallbackReprompt);
  },
};

/** Alexa reports that a response of ours failed (e.g. bad SSML): log it; nothing may be said. */
export const exceptionEncounteredHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'System.ExceptionEncountered'),
  handle(input) {
    const request = input.requestEnvelope.request;
    const error = request.type === 'System.ExceptionEncountered' ? request.error : undefined;
    turnOf(input).logger.error('Alexa reported an exception', { errorType: boundedText(error?.type, 100), errorMessage: boundedText(error?.message) });
    return input.responseBuilder.getResponse();
  },
};

/**
 * The catch-all, last in the registry: a request type the skill does not know. Inside a session a
 * request that may speak is answered; anything else (Alexa's lifecycle and system requests) gets the
 * empty reply Alexa accepts for it.
 */
export const unknownRequestHandler: RequestHandler = {
  canHandle: () => true,
  handle(input) {
    const { logger, content } = turnOf(input);
    logger.warn('Unhandled request type', { requestType: boundedText(input.requestEnvelope.request?.type, 100) });
    if (!maySpeak(input.requestEnvelope) || !hasSession(input.requestEnvelope)) return input.responseBuilder.getResponse();
    return answerInPlace(input, content.phrases.unknownRequest, content.phrases.helpReprompt);
  },
};
