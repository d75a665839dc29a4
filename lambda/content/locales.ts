/** The English locales: one English pack (content/en/) with each locale's own words. */
export const ENGLISH_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN'] as const;
export type EnglishLocale = (typeof ENGLISH_LOCALES)[number];

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
export type SkillLocale = EnglishLocale | PackLocale;

/** The pack locales the skill speaks today: each one's pack is complete, wired in and tested. */
export const SPOKEN_PACK_LOCALES = ['de-DE', 'es-ES', 'es-MX', 'es-US', 'fr-FR', 'fr-CA', 'it-IT', 'pt-BR', 'nl-NL'] as const satisfies readonly PackLocale[];

/** The locales the skill speaks; any other is answered in en-US English. */
export const SUPPORTED_LOCALES = [...ENGLISH_LOCALES, ...SPOKEN_PACK_LOCALES] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

export function isEnglishLocale(locale: string): locale is EnglishLocale {
  return (ENGLISH_LOCALES as readonly string[]).includes(locale);
}

/** The language pack a locale's words are in. */
export function packLanguageOf(locale: PackLocale): PackLanguage {
  return (Object.keys(LANGUAGE_PACK_LOCALES) as PackLanguage[]).find((language) => (LANGUAGE_PACK_LOCALES[language] as readonly string[]).includes(locale))!;
}
export const DEFAULT_LOCALE: SupportedLocale = 'en-US';
