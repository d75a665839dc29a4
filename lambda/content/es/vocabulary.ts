import type { PackLocale } from '../locales';

/**
 * The words that differ between Spain and Latin America (Mexico, and Latino families in the US): the
 * rest of the pack is one Spanish, in the tú-form a matrona or an instructora de masaje infantil uses.
 * Each field holds the word as it sits in a sentence, with its article where it needs one.
 */
export interface SpanishVocabulary {
  /** Who a parent there would ask about the baby: "tu matrona o tu pediatra" / "tu pediatra". */
  readonly healthProfessional: string;
  /** The tummy, with its article: "la tripa" / "la pancita". */
  readonly tummy: string;
  /** The same word bare, for "tripa llena" / "pancita llena". */
  readonly tummyWord: string;
  /** Pañal everywhere; kept here so a region could differ. */
  readonly nappy: string;
  /** What a baby wears under its clothes: "body" / "pañalero". */
  readonly vest: string;
  /** The floor a towel is laid on: "el suelo" / "el piso". */
  readonly floor: string;
  /** "una habitación templada" / "un cuarto calientito". */
  readonly warmRoom: string;
  /** Clockwise, as the clock's hands are called there: agujas / manecillas. */
  readonly clockwise: string;
  /** The soft spot on top of the head: "la fontanela" / "la mollera". */
  readonly softSpot: string;
  /** After a feed: "después de una toma" / "después de comer". */
  readonly afterFeed: string;
  /** Picking the baby up: "coge en brazos a tu bebé" / "carga a tu bebé" (never "coger" in Latin America). */
  readonly pickUp: string;
  /** The baby's bottom, said kindly: "el culito" / "las pompis". */
  readonly bottom: string;
  /** Colic as parents say it: "el cólico" / "los cólicos". */
  readonly colic: string;
  /** The short yes that starts an answer: "Vale" / "Muy bien". */
  readonly okay: string;
}

export const VOCABULARY_ES: Readonly<Record<PackLocale<'es'>, SpanishVocabulary>> = {
  'es-ES': {
    healthProfessional: 'tu matrona o tu pediatra',
    tummy: 'la tripa',
    tummyWord: 'tripa',
    nappy: 'pañal',
    vest: 'body',
    floor: 'el suelo',
    warmRoom: 'una habitación templada',
    clockwise: 'como las agujas del reloj',
    softSpot: 'la fontanela',
    afterFeed: 'después de una toma',
    pickUp: 'coge en brazos a tu bebé',
    bottom: 'el culito',
    colic: 'el cólico',
    okay: 'Vale',
  },
  'es-MX': {
    healthProfessional: 'tu pediatra',
    tummy: 'la pancita',
    tummyWord: 'pancita',
    nappy: 'pañal',
    vest: 'pañalero',
    floor: 'el piso',
    warmRoom: 'un cuarto calientito',
    clockwise: 'como las manecillas del reloj',
    softSpot: 'la mollera',
    afterFeed: 'después de comer',
    pickUp: 'carga a tu bebé',
    bottom: 'las pompis',
    colic: 'los cólicos',
    okay: 'Muy bien',
  },
  'es-US': {
    healthProfessional: 'tu pediatra',
    tummy: 'la pancita',
    tummyWord: 'pancita',
    nappy: 'pañal',
    vest: 'pañalero',
    floor: 'el piso',
    warmRoom: 'un cuarto calientito',
    clockwise: 'como las manecillas del reloj',
    softSpot: 'la mollera',
    afterFeed: 'después de comer',
    pickUp: 'carga a tu bebé',
    bottom: 'las pompis',
    colic: 'los cólicos',
    okay: 'Muy bien',
  },
};
