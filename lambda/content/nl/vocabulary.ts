import { PackLocale } from '../locales';

/**
 * The words of the Dutch pack that could differ by region or that a parent's own care team decides:
 * who a parent in the Netherlands asks about their baby, and the everyday words for nappy, cot and
 * jabs. One locale today (nl-NL); a Flemish nl-BE would say "Kind en Gezin" and "pamper".
 */
export interface DutchVocabulary {
  /** Who to ask about a baby's health: "het consultatiebureau of je huisarts". Said after "vraag" or "met". */
  readonly healthProfessional: string;
  /** Who to call the same day (a fever under three months): the GP, or the out-of-hours GP post. */
  readonly doctor: string;
  /** Who knows a newborn's jaundice: the midwife, the consultatiebureau or the GP. */
  readonly midwife: string;
  /** luier */
  readonly nappy: string;
  /** The jab as parents say it ("de prik"), without an article. */
  readonly jabs: string;
  /** The same, formally, plural: "vaccinaties". */
  readonly vaccinations: string;
  /** bedje */
  readonly cot: string;
  /** What a baby wears under their clothes: rompertje. */
  readonly vest: string;
  /** commode */
  readonly changingTable: string;
}

export const VOCABULARY_NL: Readonly<Record<PackLocale<'nl'>, DutchVocabulary>> = {
  'nl-NL': {
    healthProfessional: 'het consultatiebureau of je huisarts',
    doctor: 'je huisarts, of buiten kantoortijd de huisartsenpost',
    midwife: 'je verloskundige of huisarts',
    nappy: 'luier',
    jabs: 'prik',
    vaccinations: 'vaccinaties',
    cot: 'bedje',
    vest: 'rompertje',
    changingTable: 'commode',
  },
};
