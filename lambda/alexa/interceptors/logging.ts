import { RequestInterceptor, getRequestType } from 'ask-sdk-core';
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
        requestType: getRequestType(envelope),
        intent: request.type === 'IntentRequest' ? request.intent.name : undefined,
        locale: 'locale' in request ? request.locale : undefined,
        newSession: envelope.session?.new,
        user: hashUserId(envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId),
      });
    },
  };
}

/** A stable, non-reversible handle for a user id (first 16 hex characters of its SHA-256). */
export function hashUserId(userId: string | undefined): string | undefined {
  return userId ? sha256Hex(userId).slice(0, 16) : undefined;
}
