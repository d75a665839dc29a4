import { EnglishLocale } from '../locales';

/** The words that differ between the English-speaking locales. */
export interface Vocabulary {
  /** nappy / diaper */
  readonly nappy: string;
  /** changing mat / changing table */
  readonly changingTable: string;
  /** cot / crib */
  readonly cot: string;
  /** The health professional a parent there would call about a baby: "your GP or health visitor". */
  readonly healthProfessional: string;
  /** "Jabs" / "shots" / "vaccinations", as parents say it. */
  readonly jabs: string;
  /** What a baby wears under their clothes: vest / onesie / singlet. */
  readonly vest: string;
}

export const VOCABULARY: Readonly<Record<EnglishLocale, Vocabulary>> = {
  'en-US': { nappy: 'diaper', changingTable: 'changing table', cot: 'crib', healthProfessional: "your baby's pediatrician", jabs: 'shots', vest: 'onesie' },
  'en-CA': { nappy: 'diaper', changingTable: 'changing table', cot: 'crib', healthProfessional: 'your family doctor or public health nurse', jabs: 'shots', vest: 'onesie' },
  'en-GB': { nappy: 'nappy', changingTable: 'changing mat', cot: 'cot', healthProfessional: 'your GP or health visitor', jabs: 'jabs', vest: 'vest' },
  'en-AU': { nappy: 'nappy', changingTable: 'change table', cot: 'cot', healthProfessional: 'your GP or child health nurse', jabs: 'needles', vest: 'singlet' },
  'en-IN': { nappy: 'diaper', changingTable: 'changing table', cot: 'cot', healthProfessional: "your baby's paediatrician", jabs: 'vaccinations', vest: 'vest' },
};
