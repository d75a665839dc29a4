import { InteractionModel, IntentSource, SlotTypeSource } from './types';

/** A model from a language's intents and slot types, with one locale's words. */
export function assemble<W>(invocationName: string, intents: readonly IntentSource<W>[], slotTypes: readonly SlotTypeSource<W>[], words: W): InteractionModel {
  return {
    interactionModel: {
      languageModel: {
        invocationName,
        // A parent mid-massage says short, varied things: only clearly unrelated speech goes to fallback.
        modelConfiguration: { fallbackIntentSensitivity: { level: 'LOW' } },
        intents: intents.map((intent) => ({
          name: intent.name,
          ...(intent.slots ? { slots: intent.slots.map((s) => ({ name: s.name, type: s.type })) } : {}),
          // Locale words can make two samples one (en-IN says "vaccinations" for jabs): each once.
          samples: [...new Set(intent.samples(words))],
        })),
        types: slotTypes.map((type) => ({
          name: type.name,
          values: type.values(words).map((v) => ({ id: v.id, name: { value: v.name, synonyms: [...v.synonyms] } })),
        })),
      },
    },
  };
}
