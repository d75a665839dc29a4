import { RequestHandler, getIntentName } from 'ask-sdk-core';
import { services } from '../services';
import { answerInPlace } from './guide';
import { isRequestType } from './match';

/** An intent the skill has no handler for (a model newer than the code, a test tool): keep the place. */
export const unknownIntentHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'IntentRequest'),
  handle(input) {
    const { logger, content } = services(input);
    logger.warn('Unhandled intent', { intent: getIntentName(input.requestEnvelope) });
    return answerInPlace(input, content.phrases.fallback, content.phrases.fallbackReprompt);
  },
};

/** The catch-all, last in the registry: a request type the skill does not know. */
export const unknownRequestHandler: RequestHandler = {
  canHandle: () => true,
  handle(input) {
    const { logger, content } = services(input);
    logger.warn('Unhandled request type', { requestType: input.requestEnvelope.request.type });
    return answerInPlace(input, content.phrases.unknownRequest, content.phrases.helpReprompt);
  },
};
