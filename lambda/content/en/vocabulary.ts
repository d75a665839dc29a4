import { SupportedLocale } from '../../intents';

/** The words that differ between the English-speaking locales. */
export interface Vocabulary {
  /** nappy / diaper */
  readonly nappy: string;
  /** changing mat / changing table */
  readonly changingTable: string;
}

export const VOCABULARY: Readonly<Record<SupportedLocale, Vocabulary>> = {
  'en-US': { nappy: 'diaper', changingTable: 'changing table' },
  'en-CA': { nappy: 'diaper', changingTable: 'changing table' },
  'en-GB': { nappy: 'nappy', changingTable: 'changing mat' },
  'en-AU': { nappy: 'nappy', changingTable: 'change table' },
  'en-IN': { nappy: 'diaper', changingTable: 'changing table' },
};
