import { writeFileSync } from 'fs';
import * as path from 'path';
import { VOCABULARY } from '../../lambda/content/en/vocabulary';
import { SUPPORTED_LOCALES, SupportedLocale } from '../../lambda/content/locales';
import { babyIntents, babySlotTypes } from './baby-intents';
import { companionIntents, companionSlotTypes } from './companion-intents';
import { coreIntents } from './core-intents';
import { questionIntents, questionSlotTypes } from './question-intents';
import { routineIntents, routineSlotTypes } from './routine-intents';
import { InteractionModel } from './types';
import { MODELS_DIR } from '../paths';

export const INVOCATION_NAME = 'baby massage';

/**
 * The interaction model for one locale, from one source: the same intents everywhere, with each
 * locale's own words (nappy or diaper) in samples and slot values. Deterministic, so the committed
 * files can be compared with it.
 */
export function buildModel(locale: SupportedLocale): InteractionModel {
  const words = VOCABULARY[locale];
  return {
    interactionModel: {
      languageModel: {
        invocationName: INVOCATION_NAME,
        // A parent mid-massage says short, varied things: only clearly unrelated speech goes to fallback.
        modelConfiguration: { fallbackIntentSensitivity: { level: 'LOW' } },
        intents: [...coreIntents, ...routineIntents, ...babyIntents, ...questionIntents, ...companionIntents].map((intent) => ({
          name: intent.name,
          ...(intent.slots ? { slots: intent.slots.map((s) => ({ name: s.name, type: s.type })) } : {}),
          // Locale words can make two samples one (en-IN says "vaccinations" for jabs): each once.
          samples: [...new Set(intent.samples(words))],
        })),
        types: [...routineSlotTypes, ...babySlotTypes, ...questionSlotTypes, ...companionSlotTypes].map((type) => ({
          name: type.name,
          values: type.values(words).map((v) => ({ id: v.id, name: { value: v.name, synonyms: [...v.synonyms] } })),
        })),
      },
    },
  };
}

export const modelFile = (locale: SupportedLocale): string => path.join(MODELS_DIR, `${locale}.json`);
export const serialise = (model: InteractionModel): string => `${JSON.stringify(model, null, 2)}\n`;

if (require.main === module) {
  for (const locale of SUPPORTED_LOCALES) {
    writeFileSync(modelFile(locale), serialise(buildModel(locale)));
    console.log(`wrote ${path.relative(process.cwd(), modelFile(locale))}`);
  }
}
