import { RequestInterceptor, getLocale } from 'ask-sdk-core';
import { contentFor } from '../content';
import { SkillLogger } from '../logger';
import { setServices } from '../services';

/**
 * Puts the locale's content, the logger and the clock on the request. A locale the skill has no
 * content for (say de-DE) is answered in en-US English rather than not at all.
 */
export function servicesInterceptor(logger: SkillLogger, now: () => Date): RequestInterceptor {
  return {
    process(input) {
      let locale: string | undefined;
      try {
        locale = getLocale(input.requestEnvelope);
      } catch {
        locale = undefined;
      }
      setServices(input, { content: contentFor(locale), logger, now });
    },
  };
}
