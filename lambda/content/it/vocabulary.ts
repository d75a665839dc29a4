import { PackLocale } from '../locales';

/**
 * The words that could differ between Italian-speaking locales (only it-IT for now), and the forms
 * Italian needs: a preposition fuses with the article ("al tuo pediatra", "con il tuo pediatra"), so the
 * health professional comes in the forms the sentences use.
 */
export interface ItalianVocabulary {
  /** Who a parent asks about the baby, as a subject or object: "il tuo pediatra o la tua ostetrica". */
  readonly healthProfessional: string;
  /** The same after "a" (chiedi, parla): "al tuo pediatra o alla tua ostetrica". */
  readonly toHealthProfessional: string;
  /** The short form for the end of a health answer and for a fever: "al tuo pediatra". */
  readonly toPediatrician: string;
  /** pannolino */
  readonly nappy: string;
  /** fasciatoio */
  readonly changingTable: string;
  /** lettino */
  readonly cot: string;
  /** vaccini, as parents say it ("ha fatto i vaccini"). */
  readonly jabs: string;
  /** What a baby wears under their clothes: body. */
  readonly vest: string;
}

export const VOCABULARY_IT: Readonly<Record<PackLocale<'it'>, ItalianVocabulary>> = {
  'it-IT': {
    healthProfessional: 'il tuo pediatra o la tua ostetrica',
    toHealthProfessional: 'al tuo pediatra o alla tua ostetrica',
    toPediatrician: 'al tuo pediatra',
    nappy: 'pannolino',
    changingTable: 'fasciatoio',
    cot: 'lettino',
    jabs: 'vaccini',
    vest: 'body',
  },
};
