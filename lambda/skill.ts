import { PersistenceAdapter, Skill, SkillBuilders } from 'ask-sdk-core';
import { errorHandler } from './handlers/error';
import { requestHandlers } from './handlers';
import { servicesInterceptor } from './interceptors/services';
import { requestLoggingInterceptor } from './interceptors/logging';
import { loadStateInterceptor, saveStateInterceptor } from './interceptors/state';
import { SkillLogger, silentLogger } from './logger';

export interface SkillOptions {
  /** Where persistent attributes live: the DynamoDB or file adapter, or whatever a test injects. */
  readonly persistence: PersistenceAdapter;
  readonly logger?: SkillLogger;
  /** The clock, for the paused-at time; tests pin it. */
  readonly now?: () => Date;
  /** When set, requests from any other skill are refused by the SDK before a handler runs. */
  readonly skillId?: string;
}

/**
 * The whole skill, with everything it touches passed in, so tests build it with a temporary store and
 * a collecting logger and the Lambda entry builds it once per container.
 */
export function buildSkill(options: SkillOptions): Skill {
  const builder = SkillBuilders.custom()
    .addRequestHandlers(...requestHandlers)
    .addErrorHandlers(errorHandler)
    .addRequestInterceptors(
      servicesInterceptor(options.logger ?? silentLogger, options.now ?? (() => new Date())),
      requestLoggingInterceptor,
      loadStateInterceptor,
    )
    .addResponseInterceptors(saveStateInterceptor)
    .withPersistenceAdapter(options.persistence)
    .withCustomUserAgent('baby-massage-skill');
  if (options.skillId) builder.withSkillId(options.skillId);
  return builder.create();
}
