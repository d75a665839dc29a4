import { writeFileSync } from 'fs';
import * as path from 'path';
import { VOCABULARY } from '../../lambda/content/en/vocabulary';
import { PackLocale, SUPPORTED_LOCALES, SkillLocale, isEnglishLocale, packLanguageOf } from '../../lambda/content/locales';
import { babyIntents, babySlotTypes } from './baby-intents';
import { companionIntents, companionSlotTypes } from './companion-intents';
import { coreIntents } from './core-intents';
import { questionIntents, questionSlotTypes } from './question-intents';
import { routineIntents, routineSlotTypes } from './routine-intents';
import { MODEL_PACKS } from './packs';
import { assemble } from './assemble';
import { InteractionModel } from './types';
import { MODELS_DIR } from '../paths';

export const INVOCATION_NAME = 'baby massage';

/**
 * The interaction model for one locale, from one source per language: the same intents everywhere,
 * with each locale's own words (nappy or diaper, tripa or pancita) in samples and slot values. English
 * comes from the sources beside this file; every other language from its pack (tools/interaction-model/
 * <language>/, listed in packs.ts). Deterministic, so the committed files can be compared with it.
 */
export function buildModel(locale: SkillLocale): InteractionModel {
  if (isEnglishLocale(locale)) {
    return assemble(
      INVOCATION_NAME,
      [...coreIntents, ...routineIntents, ...babyIntents, ...questionIntents, ...companionIntents],
      [...routineSlotTypes, ...babySlotTypes, ...questionSlotTypes, ...companionSlotTypes],
      VOCABULARY[locale],
    );
  }
  const pack = MODEL_PACKS[packLanguageOf(locale)];
  if (!pack) throw new Error(`No interaction model pack for ${locale}`);
  return pack.build(locale as PackLocale);
}

export const modelFile = (locale: SkillLocale): string => path.join(MODELS_DIR, `${locale}.json`);
export const serialise = (model: InteractionModel): string => `${JSON.stringify(model, null, 2)}\n`;

if (require.main === module) {
  for (const locale of SUPPORTED_LOCALES) {
    writeFileSync(modelFile(locale), serialise(buildModel(locale)));
    console.log(`wrote ${path.relative(process.cwd(), modelFile(locale))}`);
  }
}
