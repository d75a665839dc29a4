import { ErrorHandler } from 'ask-sdk-core';
import { contentFor } from '../content';
import { silentLogger } from '../logger';
import { Services } from '../services';
import { SpeechBuilder } from '../speech/ssml';

/**
 * Whatever a handler or interceptor throws ends here: it is logged, and the parent hears something
 * useful. The routine position is untouched (nothing was saved from the failed turn), so "repeat"
 * picks up exactly where they were.
 */
export const errorHandler: ErrorHandler = {
  canHandle: () => true,
  handle(input, error) {
    const found = input.attributesManager.getRequestAttributes().services as Services | undefined;
    const logger = found?.logger ?? silentLogger;
    const { phrases } = found?.content ?? contentFor(undefined);
    logger.error('Request failed', { error: `${error.name}: ${error.message}`, requestType: input.requestEnvelope.request.type });
    return input.responseBuilder
      .speak(new SpeechBuilder().say(phrases.error).build())
      .reprompt(new SpeechBuilder().say(phrases.errorReprompt).build())
      .getResponse();
  },
};
