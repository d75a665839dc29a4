import { IntentName, SlotName } from '../../lambda/alexa/intents';
import { Vocabulary } from '../../lambda/content/en/vocabulary';

/**
 * One intent as we write it: samples may use the locale's words (nappy or diaper). `W` is the
 * language's own vocabulary type (English's by default; each language pack has its own).
 */
export interface IntentSource<W = Vocabulary> {
  readonly name: IntentName;
  readonly slots?: readonly { readonly name: SlotName; readonly type: string }[];
  readonly samples: (words: W) => readonly string[];
}

/** A custom slot type: stable ids (what the handlers read) with the words parents use for them. */
export interface SlotTypeSource<W = Vocabulary> {
  readonly name: string;
  readonly values: (words: W) => readonly { readonly id: string; readonly name: string; readonly synonyms: readonly string[] }[];
}

/**
 * A language's phrase sets for the interaction model: every intent and custom slot type of the English
 * sources (tools/interaction-model/*.ts), written in the language, by the same names and ids.
 */
export interface ModelPhrases<W> {
  readonly invocationName: string;
  readonly intents: readonly IntentSource<W>[];
  readonly slotTypes: readonly SlotTypeSource<W>[];
}

/** The ASK interaction model format, as much of it as this skill uses. */
export interface InteractionModel {
  readonly interactionModel: {
    readonly languageModel: {
      readonly invocationName: string;
      readonly modelConfiguration: { readonly fallbackIntentSensitivity: { readonly level: 'LOW' | 'MEDIUM' | 'HIGH' } };
      readonly intents: readonly {
        readonly name: string;
        readonly slots?: readonly { readonly name: string; readonly type: string }[];
        readonly samples: readonly string[];
      }[];
      readonly types: readonly {
        readonly name: string;
        readonly values: readonly { readonly id: string; readonly name: { readonly value: string; readonly synonyms: readonly string[] } }[];
      }[];
    };
  };
}
