import { PackLocale } from '../locales';

/**
 * The words that differ between France and Québec. The guide says "vous" in both (as Alexa does in
 * French); what changes is who a parent calls, and a few everyday words. Each comes with its article
 * where French grammar needs it ("le ventre", "la bedaine").
 */
export interface FrenchVocabulary {
  /** The health professional a parent there would call about a baby. */
  readonly healthProfessional: string;
  /** Who to ask about jaundice and the first weeks: "votre sage-femme ou votre médecin". */
  readonly midwifeOrDoctor: string;
  /** A fever in a baby under three months: who to call, today. */
  readonly feverCall: string;
  /** The tummy as a massaged part, with its article: "le ventre" / "la bedaine". */
  readonly tummy: string;
  /** The word alone, as on a button: "ventre" / "bedaine". */
  readonly tummyWord: string;
  /** The same after "à": "au ventre" / "à la bedaine". */
  readonly toTummy: string;
  /** The same after "de": "du ventre" / "de la bedaine". */
  readonly ofTummy: string;
  /** Where the hands rest, after "sur": "sur le ventre" / "sur la bedaine" (lying on it is "sur le ventre" in both). */
  readonly onTummy: string;
  /** Said to the baby: "ton ventre" / "ta bedaine". */
  readonly yourTummy: string;
  /** What a baby wears under their clothes: "body" / "cache-couche" (both masculine). */
  readonly vest: string;
  /** After a feed: "après une tétée ou un biberon" / "après un boire". */
  readonly afterFeed: string;
  /** A feed, with its article: "la tétée ou le biberon" / "le boire". */
  readonly feed: string;
}

export const VOCABULARY_FR: Readonly<Record<PackLocale<'fr'>, FrenchVocabulary>> = {
  'fr-FR': {
    healthProfessional: 'votre sage-femme, votre médecin ou la PMI',
    midwifeOrDoctor: 'votre sage-femme ou votre médecin',
    feverCall: "votre médecin, aujourd'hui même, ou le 15 s'il n'est pas joignable",
    tummy: 'le ventre',
    tummyWord: 'ventre',
    toTummy: 'au ventre',
    ofTummy: 'du ventre',
    onTummy: 'sur le ventre',
    yourTummy: 'ton ventre',
    vest: 'body',
    afterFeed: 'après une tétée ou un biberon',
    feed: 'la tétée ou le biberon',
  },
  'fr-CA': {
    healthProfessional: 'votre infirmière du CLSC ou Info-Santé au 811',
    midwifeOrDoctor: 'votre infirmière du CLSC ou votre médecin',
    feverCall: "Info-Santé au 811, aujourd'hui même, ou votre médecin",
    tummy: 'la bedaine',
    tummyWord: 'bedaine',
    toTummy: 'à la bedaine',
    ofTummy: 'de la bedaine',
    onTummy: 'sur la bedaine',
    yourTummy: 'ta bedaine',
    vest: 'cache-couche',
    afterFeed: 'après un boire',
    feed: 'le boire',
  },
};
