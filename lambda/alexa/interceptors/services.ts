import { RequestInterceptor, getLocale } from 'ask-sdk-core';
import { contentFor } from '../../content';
import { SkillLogger } from '../../logging/logger';
import { Services, setServices } from '../services';

/**
 * Puts the locale's content, the logger, the clock and the play-along audio source on the request. A locale the skill has no
 * content for (say de-DE) is answered in en-US English rather than not at all.
 */
export function servicesInterceptor(logger: SkillLogger, now: () => Date, audio?: Services['audio']): RequestInterceptor {
  return {
    process(input) {
      let locale: string | undefined;
      try {
        locale = getLocale(input.requestEnvelope);
      } catch {
        locale = undefined;
      }
      setServices(input, { content: contentFor(locale), logger, now, ...(audio ? { audio } : {}) });
    },
  };
}
