import { SpanishVocabulary } from '../../../lambda/content/es/vocabulary';
import { ModelPhrases } from '../types';
import { babyIntents, babySlotTypes } from './baby';
import { companionIntents, companionSlotTypes } from './companion';
import { coreIntents } from './core';
import { questionIntents, questionSlotTypes } from './questions';
import { routineIntents, routineSlotTypes } from './routine';

/**
 * The Spanish interaction model's phrase sets, for es-ES, es-MX and es-US: every intent and slot type of
 * the English sources, by the same names, slots and value ids, with each region's words from the
 * vocabulary (tripa or pancita). Intents in the English order: where two samples read the same words,
 * the earlier intent is the closer one, and the free-words intents (Statement, Question) come last in
 * their groups.
 */
export const phrases: ModelPhrases<SpanishVocabulary> = {
  invocationName: 'masaje bebé',
  intents: [...coreIntents, ...routineIntents, ...babyIntents, ...questionIntents, ...companionIntents],
  slotTypes: [...routineSlotTypes, ...babySlotTypes, ...questionSlotTypes, ...companionSlotTypes],
};
