import { HandlerInput } from 'ask-sdk-core';
import type { AudioSource } from '../play-along/play';
import { Content } from '../content/types';
import { SkillLogger } from '../logging/logger';

/** What every handler may use, put on the request attributes by interceptors/services.ts. */
export interface Services {
  readonly content: Content;
  readonly logger: SkillLogger;
  readonly now: () => Date;
  /** Where play-along audio streams from; none where it was not deployed (the spoken guide only). */
  readonly audio?: AudioSource;
}

const SERVICES = 'services';

export function setServices(input: HandlerInput, services: Services): void {
  input.attributesManager.getRequestAttributes()[SERVICES] = services;
}

export function services(input: HandlerInput): Services {
  const found = input.attributesManager.getRequestAttributes()[SERVICES] as Services | undefined;
  if (!found) throw new Error('Services interceptor did not run');
  return found;
}
