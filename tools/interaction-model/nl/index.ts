import { DutchVocabulary } from '../../../lambda/content/nl/vocabulary';
import { ModelPhrases } from '../types';
import { babyIntents, babySlotTypes } from './baby';
import { companionIntents, companionSlotTypes } from './companion';
import { coreIntents } from './core';
import { questionIntents, questionSlotTypes } from './questions';
import { routineIntents, routineSlotTypes } from './routine';

/**
 * The Dutch interaction model's phrase sets (nl-NL): every intent and custom slot type of the English
 * sources, by the same names and ids, with the words Dutch parents say. "baby massage" as two words:
 * Alexa's one-word exception for compounds ("babymassage") is German only.
 */
export const phrases: ModelPhrases<DutchVocabulary> = {
  invocationName: 'baby massage',
  intents: [...coreIntents, ...routineIntents, ...babyIntents, ...questionIntents, ...companionIntents],
  slotTypes: [...routineSlotTypes, ...babySlotTypes, ...questionSlotTypes, ...companionSlotTypes],
};
