/** The locales the skill speaks; any other is answered in en-US English. */
export const SUPPORTED_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: SupportedLocale = 'en-US';
