import { PackLocale } from '../locales';

/**
 * The words that could differ between Portuguese-speaking locales (only pt-BR today): who a parent
 * calls about the baby, and the everyday words for the baby's things, as Brazilian parents say them.
 */
export interface PortugueseVocabulary {
  /** The professional a parent would ask, with its article, as said after "com": "o pediatra do seu bebê". */
  readonly healthProfessional: string;
  /** fralda */
  readonly nappy: string;
  /** vacinas: what a baby gets at the posto or the clinic. */
  readonly jabs: string;
  /** berço */
  readonly cot: string;
  /** What a baby wears under the clothes: body. */
  readonly vest: string;
  /** trocador */
  readonly changingTable: string;
}

export const VOCABULARY_PT: Readonly<Record<PackLocale<'pt'>, PortugueseVocabulary>> = {
  'pt-BR': {
    healthProfessional: 'o pediatra do seu bebê',
    nappy: 'fralda',
    jabs: 'vacinas',
    cot: 'berço',
    vest: 'body',
    changingTable: 'trocador',
  },
};
