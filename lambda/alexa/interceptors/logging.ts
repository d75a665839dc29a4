import type { RequestInterceptor } from 'ask-sdk-core';
import { getRequestType } from '../sdk';
import { boundedText } from '../../logging/fields';
import { sha256Hex } from '../../logging/sha256';
import type { SkillLogger } from '../../logging/logger';

/**
 * One structured line per request: what kind, which intent, which locale, and a short hash of the
 * user id, enough to follow one parent's session through the logs. Never the envelope (it carries an
 * API access token), never the raw user id, never what was said in a slot.
 */
export function requestLoggingInterceptor(logger: SkillLogger): RequestInterceptor {
  return {
    process(input) {
      const envelope = input.requestEnvelope;
      const request = envelope.request;
      logger.info('Request', {
        // Typed and cut: anything in an envelope can be anything.
        requestType: boundedText(getRequestType(envelope), 100),
        intent: request.type === 'IntentRequest' ? boundedText(request.intent?.name, 100) : undefined,
        locale: 'locale' in request ? boundedText(request.locale, 20) : undefined,
        newSession: envelope.session?.new === true ? true : envelope.session ? false : undefined,
        user: hashUserId(boundedText(envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId, 1000)),
      });
    },
  };
}

/** A stable, non-reversible handle for a user id (first 16 hex characters of its SHA-256). */
export function hashUserId(userId: string | undefined): string | undefined {
  return userId ? sha256Hex(userId).slice(0, 16) : undefined;
}
