import { ErrorHandler } from 'ask-sdk-core';
import { contentFor } from '../../../content';
import { boundedText } from '../../../logging/fields';
import type { SkillLogger } from '../../../logging/logger';
import { hasSession, maySpeak } from '../../request';
import { maybeTurnOf } from '../../turn';
import { SpeechBuilder } from '../../../speech/ssml';

/**
 * Whatever a handler or interceptor throws ends here: it is logged with its stack, and the parent
 * hears something useful where Alexa allows speech. The routine position is untouched (nothing was
 * saved from the failed turn), so "repeat" picks up exactly where they were. Requests that may not
 * speak (Alexa's lifecycle and system requests) get an empty reply Alexa accepts.
 */
export function errorHandler(logger: SkillLogger): ErrorHandler {
  return {
    canHandle: () => true,
    handle(input, error) {
      const found = maybeTurnOf(input);
      logger.error('Request failed', {
        requestType: boundedText(input.requestEnvelope?.request?.type, 100),
        errorName: boundedText(error?.name, 100),
        errorMessage: boundedText(error?.message),
        errorStack: boundedText(error?.stack, 2000),
      });
      const envelope = input.requestEnvelope;
      if (!maySpeak(envelope)) return {};
      const { phrases } = found?.content ?? contentFor(undefined);
      const speech = new SpeechBuilder().say(phrases.error).build();
      if (!hasSession(envelope)) return { outputSpeech: { type: 'SSML', ssml: speech }, shouldEndSession: true };
      return { outputSpeech: { type: 'SSML', ssml: speech }, reprompt: { outputSpeech: { type: 'SSML', ssml: new SpeechBuilder().say(phrases.errorReprompt).build() } }, shouldEndSession: false };
    },
  };
}
