import type { PersistenceAdapter } from 'ask-sdk-core';
import { SkillBuilders } from './alexa/sdk';
import { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { AudioSource } from './play-along/play';
import { errorHandler } from './alexa/handlers/system/error';
import { requestHandlers } from './alexa/handlers';
import { requestLoggingInterceptor } from './alexa/interceptors/logging';
import { replyRulesInterceptor } from './alexa/interceptors/reply-rules';
import { loadTurnInterceptor, saveTurnInterceptor } from './alexa/interceptors/turn';
import { SkillLogger, silentLogger } from './logging/logger';

export interface SkillOptions {
  /**
   * Where persistent attributes live: the DynamoDB or file adapter (conditional writes), or any SDK
   * persistence adapter a test injects (last write wins).
   */
  readonly persistence: PersistenceAdapter;
  readonly logger?: SkillLogger;
  /** The clock, for the paused-at time; tests pin it. */
  readonly now?: () => Date;
  /** When set, requests from any other skill (or with no skill id) are refused before a handler runs. */
  readonly skillId?: string;
  /** Where play-along audio streams from; without it the skill guides by voice only. */
  readonly audio?: AudioSource;
}

/** The skill as the Lambda entry and the tests call it. */
export interface BabyMassageSkill {
  invoke(envelope: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope>;
}

/** A request that is not for this skill: refused before anything runs or is stored, and never answered. */
export class ForeignSkillError extends Error {
  constructor() {
    super('The request is not for this skill');
    this.name = 'ForeignSkillError';
  }
}

/**
 * Both places a request names its skill must name this one: the SDK's own check reads only the
 * context, so a request with another skill in `session.application` would pass it.
 */
export function verifySkillId(envelope: RequestEnvelope, skillId: string): void {
  const named = [envelope?.context?.System?.application?.applicationId, envelope?.session?.application?.applicationId].filter((id) => id !== undefined);
  if (named.length === 0 || named.some((id) => id !== skillId)) throw new ForeignSkillError();
}

/**
 * The whole skill, with everything it touches passed in, so tests build it with a temporary store and
 * a collecting logger and the Lambda entry builds it once per container.
 */
export function buildSkill(options: SkillOptions): BabyMassageSkill {
  const logger = options.logger ?? silentLogger;
  const builder = SkillBuilders.custom()
    .addRequestHandlers(...requestHandlers)
    .addErrorHandlers(errorHandler(logger))
    .addRequestInterceptors(
      requestLoggingInterceptor(logger),
      loadTurnInterceptor({ logger, now: options.now ?? (() => new Date()), ...(options.audio ? { audio: options.audio } : {}) }, options.persistence),
    )
    .addResponseInterceptors(saveTurnInterceptor, replyRulesInterceptor)
    .withCustomUserAgent('baby-massage-skill');
  const skill = builder.create();
  const { skillId } = options;
  return {
    async invoke(envelope, context) {
      if (skillId) verifySkillId(envelope, skillId);
      return skill.invoke(envelope, context);
    },
  };
}
