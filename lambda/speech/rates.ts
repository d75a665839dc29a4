import { SkillLocale } from '../content/locales';
import { DEFAULT_WORDS_PER_MINUTE } from './timing';

/**
 * Each locale's speaking rate against English, for the timing estimate: eSpeak NG's words a minute in
 * the language over its words a minute in English, on the same three passages of guidance written in
 * each (tools/languages/rates.ts measures them; test/languages.test.ts re-measures German and French).
 * German says fewer, longer words a minute; French more, shorter ones. The spread over the passages,
 * the estimate's error, is in tools/languages/locales.ts.
 */
export const SPEAKING_RATE_RATIO: Readonly<Record<SkillLocale, number>> = {
  'en-US': 1,
  'en-GB': 1,
  'en-AU': 1,
  'en-CA': 1,
  'en-IN': 1,
  'de-DE': 0.851,
  'es-ES': 0.95,
  'es-MX': 0.886,
  'es-US': 0.886,
  'fr-FR': 1.164,
  'fr-CA': 1.164,
  'it-IT': 0.919,
  'pt-BR': 0.891,
  'nl-NL': 0.901,
};

/** Words a minute for the timing estimate in a locale: the calibrated English rate times its ratio. */
export function wordsPerMinuteFor(locale: SkillLocale): number {
  return DEFAULT_WORDS_PER_MINUTE * SPEAKING_RATE_RATIO[locale];
}
