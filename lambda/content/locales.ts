/** The locales the skill speaks; any other is answered in en-US English. */
export const SUPPORTED_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/**
 * The locales of issue 21, by language: each is written natively in its own language pack
 * (lambda/content/<language>/) and joins SUPPORTED_LOCALES once the pack is complete and tested.
 */
export const LANGUAGE_PACK_LOCALES = {
  de: ['de-DE'],
  es: ['es-ES', 'es-MX', 'es-US'],
  fr: ['fr-FR', 'fr-CA'],
  it: ['it-IT'],
  pt: ['pt-BR'],
  nl: ['nl-NL'],
} as const;
export type PackLanguage = keyof typeof LANGUAGE_PACK_LOCALES;
export type PackLocale<L extends PackLanguage = PackLanguage> = (typeof LANGUAGE_PACK_LOCALES)[L][number];
/** Every locale the skill has or is getting words for. */
export type SkillLocale = SupportedLocale | PackLocale;
export const DEFAULT_LOCALE: SupportedLocale = 'en-US';
