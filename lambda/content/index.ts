import { DEFAULT_LOCALE, SUPPORTED_LOCALES, SupportedLocale, isEnglishLocale, packLanguageOf } from './locales';
import { english } from './en';
import { VOCABULARY } from './en/vocabulary';
import { languagePack } from '../lazy';
import { Content } from './types';

const cache = new Map<SupportedLocale, Content>();

export function isSupportedLocale(locale: unknown): locale is SupportedLocale {
  return SUPPORTED_LOCALES.includes(locale as SupportedLocale);
}

/**
 * The content for a locale, built on first use; an unsupported or missing locale gets en-US. English
 * is in the bundle; every other language is a chunk of its own (lazy/index.ts), loaded the first time
 * one of its locales asks, so an English request never loads another language's words.
 */
export function contentFor(locale: string | undefined): Content {
  const supported = isSupportedLocale(locale) ? locale : DEFAULT_LOCALE;
  let content = cache.get(supported);
  if (!content) {
    content = isEnglishLocale(supported) ? english(supported, VOCABULARY[supported]) : languagePack(packLanguageOf(supported)).content(supported as never);
    cache.set(supported, content);
  }
  return content;
}
