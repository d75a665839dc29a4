import type { PackLocale } from '../locales';

/**
 * The words of the German pack that could differ by region (de-DE serves Germany and Austria alike:
 * Hebamme, Kinderärztin and Windel are understood in both, so one set of words serves the locale).
 */
export interface GermanVocabulary {
  /** Who a parent would ask about their baby: "deine Hebamme oder eure Kinderärztin". */
  readonly healthProfessional: string;
  /** Nappy: "Windel". */
  readonly nappy: string;
  /** Cot or crib: "Bettchen". */
  readonly cot: string;
  /** What a baby wears under their clothes: "Body". */
  readonly vest: string;
  /** Jabs, as parents say it: "Impfung". */
  readonly jabs: string;
  /** The changing table: "Wickeltisch". */
  readonly changingTable: string;
}

export const VOCABULARY_DE: Readonly<Record<PackLocale<'de'>, GermanVocabulary>> = {
  'de-DE': {
    healthProfessional: 'deine Hebamme oder eure Kinderärztin',
    nappy: 'Windel',
    cot: 'Bettchen',
    vest: 'Body',
    jabs: 'Impfung',
    changingTable: 'Wickeltisch',
  },
};
