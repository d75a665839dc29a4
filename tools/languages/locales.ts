import { PackLocale } from '../../lambda/content/locales';
import { VOICES } from '../../lambda/play-along/catalog';
import { SPEAKING_RATE_RATIO } from '../../lambda/speech/rates';

/**
 * The nine locales of issue 21, before the skill speaks them: what each needs that is not words (the
 * language whose passages measure its speaking rate, eSpeak NG's voice for offline renders, Amazon
 * Polly's neural voice for play-along, checked against the SDK's `VoiceId` by test/languages.test.ts)
 * and the speaking rate measured by tools/languages/rates.ts (the voice and the rate are the skill's own
 * tables, lambda/play-along/catalog.ts and lambda/speech/rates.ts, shown here beside eSpeak NG's voice).
 */
export interface LanguageLocale {
  readonly language: 'de' | 'es' | 'fr' | 'it' | 'pt' | 'nl';
  readonly espeakVoice: string;
  readonly pollyVoice: string;
  /**
   * eSpeak NG's words a minute in this language over its words a minute in English, on the same three
   * passages (the mean; `rateSpread` is the largest minus the smallest passage's ratio): the timing
   * estimate's words a minute are the English rate calibrated for Alexa times this.
   */
  readonly rateRatio: number;
  readonly rateSpread: number;
}

export const LANGUAGE_LOCALES: Readonly<Record<PackLocale, LanguageLocale>> = {
  'de-DE': { language: 'de', espeakVoice: 'de', pollyVoice: VOICES['de-DE'], rateRatio: SPEAKING_RATE_RATIO['de-DE'], rateSpread: 0.028 },
  'es-ES': { language: 'es', espeakVoice: 'es', pollyVoice: VOICES['es-ES'], rateRatio: SPEAKING_RATE_RATIO['es-ES'], rateSpread: 0.19 },
  'es-MX': { language: 'es', espeakVoice: 'es-419', pollyVoice: VOICES['es-MX'], rateRatio: SPEAKING_RATE_RATIO['es-MX'], rateSpread: 0.183 },
  'es-US': { language: 'es', espeakVoice: 'es-419', pollyVoice: VOICES['es-US'], rateRatio: SPEAKING_RATE_RATIO['es-US'], rateSpread: 0.183 },
  'fr-FR': { language: 'fr', espeakVoice: 'fr', pollyVoice: VOICES['fr-FR'], rateRatio: SPEAKING_RATE_RATIO['fr-FR'], rateSpread: 0.27 },
  'fr-CA': { language: 'fr', espeakVoice: 'fr', pollyVoice: VOICES['fr-CA'], rateRatio: SPEAKING_RATE_RATIO['fr-CA'], rateSpread: 0.27 },
  'it-IT': { language: 'it', espeakVoice: 'it', pollyVoice: VOICES['it-IT'], rateRatio: SPEAKING_RATE_RATIO['it-IT'], rateSpread: 0.111 },
  'pt-BR': { language: 'pt', espeakVoice: 'pt-br', pollyVoice: VOICES['pt-BR'], rateRatio: SPEAKING_RATE_RATIO['pt-BR'], rateSpread: 0.186 },
  'nl-NL': { language: 'nl', espeakVoice: 'nl', pollyVoice: VOICES['nl-NL'], rateRatio: SPEAKING_RATE_RATIO['nl-NL'], rateSpread: 0.028 },
};
