/**
 * The nine locales of issue 21, before the skill speaks them: what each needs that is not words (the
 * language whose passages measure its speaking rate, eSpeak NG's voice for offline renders, Amazon
 * Polly's neural voice for play-along, checked against the SDK's `VoiceId` by test/languages.test.ts)
 * and the speaking rate measured by tools/languages/rates.ts.
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

export const LANGUAGE_LOCALES: Readonly<Record<string, LanguageLocale>> = {
  'de-DE': { language: 'de', espeakVoice: 'de', pollyVoice: 'Vicki', rateRatio: 0.851, rateSpread: 0.028 },
  'es-ES': { language: 'es', espeakVoice: 'es', pollyVoice: 'Lucia', rateRatio: 0.95, rateSpread: 0.19 },
  'es-MX': { language: 'es', espeakVoice: 'es-419', pollyVoice: 'Mia', rateRatio: 0.886, rateSpread: 0.183 },
  'es-US': { language: 'es', espeakVoice: 'es-419', pollyVoice: 'Lupe', rateRatio: 0.886, rateSpread: 0.183 },
  'fr-FR': { language: 'fr', espeakVoice: 'fr', pollyVoice: 'Lea', rateRatio: 1.164, rateSpread: 0.27 },
  'fr-CA': { language: 'fr', espeakVoice: 'fr', pollyVoice: 'Gabrielle', rateRatio: 1.164, rateSpread: 0.27 },
  'it-IT': { language: 'it', espeakVoice: 'it', pollyVoice: 'Bianca', rateRatio: 0.919, rateSpread: 0.111 },
  'pt-BR': { language: 'pt', espeakVoice: 'pt-br', pollyVoice: 'Camila', rateRatio: 0.891, rateSpread: 0.186 },
  'nl-NL': { language: 'nl', espeakVoice: 'nl', pollyVoice: 'Laura', rateRatio: 0.901, rateSpread: 0.028 },
};
