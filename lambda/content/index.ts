import { DEFAULT_LOCALE, SUPPORTED_LOCALES, SupportedLocale } from './locales';
import { english } from './en';
import { VOCABULARY } from './en/vocabulary';
import { Content } from './types';

const cache = new Map<SupportedLocale, Content>();

export function isSupportedLocale(locale: unknown): locale is SupportedLocale {
  return SUPPORTED_LOCALES.includes(locale as SupportedLocale);
}

/** The content for a locale, built on first use; an unsupported or missing locale gets en-US. */
export function contentFor(locale: string | undefined): Content {
  const supported = isSupportedLocale(locale) ? locale : DEFAULT_LOCALE;
  let content = cache.get(supported);
  if (!content) {
    content = english(supported, VOCABULARY[supported]);
    cache.set(supported, content);
  }
  return content;
}
