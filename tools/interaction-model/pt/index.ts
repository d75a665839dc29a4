import { PortugueseVocabulary } from '../../../lambda/content/pt/vocabulary';
import { ModelPhrases } from '../types';
import { babyIntents, babySlotTypes } from './baby';
import { companionIntents, companionSlotTypes } from './companion';
import { coreIntents } from './core';
import { questionIntents, questionSlotTypes } from './questions';
import { routineIntents, routineSlotTypes } from './routine';

/**
 * The Brazilian Portuguese interaction model's phrase sets: every intent and slot type of the English
 * sources, by the same names and ids, in the words Brazilian parents use. Invoked as "massagem bebê":
 * two everyday words speech recognition hears reliably, with no connecting word ("do", "para") that
 * Alexa's invocation rules forbid, and what parents would ask for by name.
 */
export const phrases: ModelPhrases<PortugueseVocabulary> = {
  invocationName: 'massagem bebê',
  intents: [...coreIntents, ...routineIntents, ...babyIntents, ...questionIntents, ...companionIntents],
  slotTypes: [...routineSlotTypes, ...babySlotTypes, ...questionSlotTypes, ...companionSlotTypes],
};
