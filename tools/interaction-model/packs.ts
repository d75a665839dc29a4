import { PackLanguage, PackLocale } from '../../lambda/content/locales';
import { InteractionModel } from './types';
import { assemble } from './assemble';
import { phrases as esPhrases } from './es';
import { VOCABULARY_ES } from '../../lambda/content/es/vocabulary';
import { phrases as itPhrases } from './it';
import { VOCABULARY_IT } from '../../lambda/content/it/vocabulary';
import { phrases as frPhrases } from './fr';
import { VOCABULARY_FR } from '../../lambda/content/fr/vocabulary';
import { phrases as ptPhrases } from './pt';
import { VOCABULARY_PT } from '../../lambda/content/pt/vocabulary';
import { phrases as dePhrases } from './de';
import { VOCABULARY_DE } from '../../lambda/content/de/vocabulary';
import { phrases as nlPhrases } from './nl';
import { VOCABULARY_NL } from '../../lambda/content/nl/vocabulary';


/**
 * Each language pack's interaction model (tools/interaction-model/<language>/index.ts, with the
 * vocabulary of lambda/content/<language>/vocabulary.ts), built for one of its locales. A language is
 * listed once its pack is complete.
 */
export const MODEL_PACKS: Readonly<Partial<Record<PackLanguage, { build(locale: PackLocale): InteractionModel }>>> = {
  es: { build: (locale) => assemble(esPhrases.invocationName, esPhrases.intents, esPhrases.slotTypes, VOCABULARY_ES[locale as PackLocale<'es'>]) },
  it: { build: (locale) => assemble(itPhrases.invocationName, itPhrases.intents, itPhrases.slotTypes, VOCABULARY_IT[locale as PackLocale<'it'>]) },
  fr: { build: (locale) => assemble(frPhrases.invocationName, frPhrases.intents, frPhrases.slotTypes, VOCABULARY_FR[locale as PackLocale<'fr'>]) },
  pt: { build: (locale) => assemble(ptPhrases.invocationName, ptPhrases.intents, ptPhrases.slotTypes, VOCABULARY_PT[locale as PackLocale<'pt'>]) },
  de: { build: (locale) => assemble(dePhrases.invocationName, dePhrases.intents, dePhrases.slotTypes, VOCABULARY_DE[locale as PackLocale<'de'>]) },
  nl: { build: (locale) => assemble(nlPhrases.invocationName, nlPhrases.intents, nlPhrases.slotTypes, VOCABULARY_NL[locale as PackLocale<'nl'>]) },
};
