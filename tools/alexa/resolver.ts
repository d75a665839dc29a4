import { readFileSync } from 'fs';
import { MODELS_DIR } from '../paths';
import * as path from 'path';
import { InteractionModel } from '../interaction-model/types';
import { SlotFill } from './envelope';
import { builtInValue } from './built-ins';

/**
 * A small stand-in for Alexa's language understanding, over the real interaction model: what a typed
 * phrase would reach the skill as. It matches sample utterances exactly (after tidying case and
 * punctuation), fills slots from their type's values and synonyms, and knows the launch and one-shot
 * forms ("open baby massage", "ask baby massage what oil should I use"). It does not guess: a phrase
 * that matches nothing comes back as `none`, with examples of what would work.
 */
export type Resolution =
  | { readonly kind: 'launch' }
  | { readonly kind: 'intent'; readonly name: string; readonly slots: Readonly<Record<string, SlotFill>>; readonly oneShot: boolean }
  | { readonly kind: 'none'; readonly examples: readonly string[] };


export function loadModel(locale: string, dir = MODELS_DIR): InteractionModel {
  return JSON.parse(readFileSync(path.join(dir, `${locale}.json`), 'utf8')) as InteractionModel;
}

/** A resolver over a locale's committed model, with its language's launch and one-shot words. */
export function resolverFor(locale: string): Resolver {
  return new Resolver(loadModel(locale), locale.split('-')[0]);
}

/** Lowercase, no "alexa" prefix, no punctuation but apostrophes, single spaces. */
export function normalise(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^alexa /, '');
}

/** English fillers a phrase may carry around a sample ("say that again please"); other languages' models list theirs. */
const ENGLISH_FILLERS = /^(?:um|uh|er|so|okay so|ok so|please) |(?: please| now| then)$/;

/** What Alexa itself understands for the built-in intents a model declares with no samples of its own. */
const BUILT_IN_PHRASES: Readonly<Record<string, string[]>> = {
  'AMAZON.LoopOnIntent': ['loop', 'loop on', 'turn on loop', 'loop this'],
  'AMAZON.LoopOffIntent': ['loop off', 'turn off loop', 'stop looping'],
  'AMAZON.ShuffleOnIntent': ['shuffle', 'shuffle on', 'turn on shuffle'],
  'AMAZON.ShuffleOffIntent': ['shuffle off', 'turn off shuffle', 'stop shuffling'],
  'AMAZON.NavigateHomeIntent': ['go home', 'go to the home screen'],
};

/** A sample as the resolver matches it, built once: its literal text, or its pattern and slot names. */
interface CompiledSample {
  /** Its place in the model: among equally close readings, the earlier sample wins. */
  readonly order: number;
  readonly intent: InteractionModel['interactionModel']['languageModel']['intents'][number];
  readonly literal?: string;
  readonly pattern?: RegExp;
  readonly names: readonly string[];
  readonly bareSlots: boolean;
  readonly literalLength: number;
  /** A pattern's first word, or '' when it starts with a slot. */
  readonly firstWord: string;
}

/**
 * How a parent opens the skill and asks it something in one breath, by the model's language (its
 * invocation name's locale): Alexa's documented launch words, and the one-shot forms with their
 * connecting words ("ask baby massage to ...", "frag babymassage, ...", "pregunta a masaje bebé ...").
 */
export interface InvocationForms {
  readonly launch: readonly string[];
  readonly ask: readonly string[];
  readonly connecting: readonly string[];
}

export const INVOCATION_FORMS: Readonly<Record<string, InvocationForms>> = {
  en: { launch: ['open', 'start', 'launch', 'load', 'begin', 'run', 'resume', 'use', 'talk to', 'play'], ask: ['ask', 'tell'], connecting: ['to', 'for', 'about', 'whether', 'if'] },
  de: { launch: ['öffne', 'starte', 'spiele', 'beginne', 'lade'], ask: ['frag', 'frage', 'sag'], connecting: ['ob', 'nach', 'wie', 'zu'] },
  es: { launch: ['abre', 'inicia', 'empieza', 'comienza', 'pon', 'juega'], ask: ['pregunta a', 'pregúntale a', 'pide a', 'dile a'], connecting: ['que', 'si', 'por', 'sobre', 'para'] },
  fr: { launch: ['ouvre', 'lance', 'démarre', 'commence', 'joue'], ask: ['demande à', 'demande au', 'dis à'], connecting: ['de', 'si', 'pour', 'sur'] },
  it: { launch: ['apri', 'avvia', 'inizia', 'lancia', 'gioca'], ask: ['chiedi a', 'domanda a', 'di a', 'dì a'], connecting: ['di', 'se', 'per', 'su'] },
  pt: { launch: ['abra', 'abre', 'inicie', 'inicia', 'comece', 'começa', 'abrir'], ask: ['pergunte para', 'pergunte a', 'pergunta para', 'pergunta pro', 'peça para', 'pede para'], connecting: ['se', 'sobre', 'para', 'que'] },
  nl: { launch: ['open', 'start', 'begin', 'speel'], ask: ['vraag', 'vraag aan', 'zeg tegen'], connecting: ['om', 'of', 'naar', 'over', 'hoe'] },
};

export class Resolver {
  private readonly language: InteractionModel['interactionModel']['languageModel'];
  private readonly invocation: string;
  /** Every sample compiled once (matching thousands of phrases against thousands of samples is the tests' hot loop). */
  private readonly samples: readonly CompiledSample[];
  /** Literal samples by their text, and patterns by their first word ('' for those that start with a slot). */
  private readonly literals = new Map<string, CompiledSample>();
  private readonly patternsByFirstWord = new Map<string, CompiledSample[]>();

  private readonly forms: InvocationForms;
  private readonly english: boolean;

  /** `language`: the model's language ('en', 'de', ...), for its launch and one-shot words. @default 'en' */
  constructor(model: InteractionModel, languageCode = 'en') {
    this.forms = INVOCATION_FORMS[languageCode] ?? INVOCATION_FORMS.en;
    this.english = languageCode === 'en';
    const language = model.interactionModel.languageModel;
    // Built-in intents declared without samples still hear Alexa's own phrases for them.
    const intents = language.intents.map((intent) =>
      intent.samples.length === 0 && BUILT_IN_PHRASES[intent.name] ? { ...intent, samples: BUILT_IN_PHRASES[intent.name] } : intent,
    );
    this.language = { ...language, intents };
    this.invocation = normalise(this.language.invocationName);
    let order = 0;
    this.samples = intents.flatMap((intent) =>
      intent.samples.map((sample): CompiledSample => {
        order += 1;
        if (!sample.includes('{')) return { order, intent, literal: normalise(sample), names: [], bareSlots: false, literalLength: 0, firstWord: '' };
        // Token by token: literal words must match, a {slot} token takes one or more words.
        const names: string[] = [];
        const pattern = sample
          .split(' ')
          .map((token) => {
            const slot = /^\{(\w+)\}$/.exec(token);
            if (!slot) return escape(normalise(token));
            names.push(slot[1]);
            return '(.+?)';
          })
          .join(' ');
        return {
          order,
          intent,
          pattern: new RegExp(`^${pattern}$`),
          names,
          bareSlots: sample.replace(/\{\w+\}/g, '').trim() === '',
          literalLength: sample.replace(/\{\w+\}/g, '').length,
          firstWord: /^\{\w+\}/.test(sample) ? '' : normalise(sample.split(' ')[0]),
        };
      }),
    );
    // Indexed once: a phrase is tried only against the samples that could match its first word.
    for (const sample of this.samples) {
      if (sample.literal !== undefined) {
        if (!this.literals.has(sample.literal)) this.literals.set(sample.literal, sample);
        continue;
      }
      const list = this.patternsByFirstWord.get(sample.firstWord) ?? [];
      list.push(sample);
      this.patternsByFirstWord.set(sample.firstWord, list);
    }
  }

  /** What a phrase reaches the skill as; `now` is when it is said (AMAZON.DATE reads "march" forward from it). */
  resolve(phrase: string, now: Date = new Date()): Resolution {
    const text = normalise(phrase);
    const inv = escape(this.invocation);
    // The launch words Alexa documents ("Alexa, resume baby massage" opens it too).
    const { launch, ask, connecting } = this.forms;
    const any = (words: readonly string[]) => words.map((w) => escape(normalise(w))).join('|');
    if (new RegExp(`^(?:(?:${any(launch)}) )?(?:the )?${inv}(?: skill)?$`).test(text)) return { kind: 'launch' };
    const oneShot = new RegExp(`^(?:${any(ask)}) ${inv} (?:(?:${any(connecting)}) )?(.+)$`).exec(text);
    if (oneShot) {
      const inner = this.match(oneShot[1], now);
      return inner ? { ...inner, oneShot: true } : this.none();
    }
    // "say that again please" is a sample without "please": a reading whose slots are all known wins.
    const candidates = [this.match(text, now), ...(this.english ? [this.match(text.replace(ENGLISH_FILLERS, ''), now)] : [])].filter((c) => c !== undefined);
    const direct = candidates.find((c) => isResolved(c.slots)) ?? candidates[0];
    return direct ?? this.none();
  }

  /** A few phrases of each kind, for "I can understand: ...". */
  examples(): string[] {
    return this.language.intents.filter((i) => i.samples.length > 0).map((i) => i.samples[0]);
  }

  private match(text: string, now: Date): Extract<Resolution, { kind: 'intent' }> | undefined {
    const literal = this.literals.get(text);
    if (literal) return { kind: 'intent', name: literal.intent.name, slots: {}, oneShot: false };
    const first = text.split(' ')[0];
    const candidates = [...(this.patternsByFirstWord.get(first) ?? []), ...(this.patternsByFirstWord.get('') ?? [])].sort((a, b) => a.order - b.order);
    let best: { name: string; slots: Record<string, SlotFill>; literal: number } | undefined;
    for (const sample of candidates) {
      const found = sample.pattern?.exec(text);
      if (!found) continue;
      const slots: Record<string, SlotFill> = {};
      let fits = true;
      sample.names.forEach((name, i) => {
        const fill = this.fillSlot(sample.intent.slots?.find((s) => s.name === name)?.type, found[i + 1].trim(), now);
        if (fill) slots[name] = fill;
        else fits = false;
      });
      // Words a built-in type cannot read ("seven" is a time, "the tummy" is not) do not fill it.
      if (!fits) continue;
      // Like Alexa, prefer a reading whose slot values are ones the model knows, then the closest sample:
      // the most carrier words matched. Free words (a SearchQuery, an unmatched custom value) earn nothing.
      const resolved = isResolved(slots);
      // A sample that is a slot alone ("{pace}") would take any words at all: only a known value counts.
      if (sample.bareSlots && !resolved) continue;
      const known = resolved && Object.values(slots).some((fill) => fill.slotType !== undefined || fill.builtIn === true);
      const literal = (known ? 10_000 : 0) + sample.literalLength;
      if (best && best.literal >= literal) continue;
      best = { name: sample.intent.name, slots, literal };
    }
    return best && { kind: 'intent', name: best.name, slots: best.slots, oneShot: false };
  }

  private fillSlot(type: string | undefined, value: string, now: Date): SlotFill | undefined {
    const custom = this.language.types.find((t) => t.name === type);
    if (!custom) {
      const converted = type ? builtInValue(type, value, now) : null;
      if (converted === undefined) return undefined;
      return { value: converted ?? value, ...(converted !== null ? { builtIn: true } : {}) };
    }
    for (const entry of custom.values) {
      const words = [entry.name.value, ...entry.name.synonyms].map(normalise);
      if (words.includes(value)) return { value, slotType: custom.name, id: entry.id, name: entry.name.value };
    }
    return { value, slotType: custom.name };
  }

  private none(): Resolution {
    return { kind: 'none', examples: this.examples() };
  }
}

/** Every custom slot has a value the model knows (Alexa's ER_SUCCESS_MATCH). */
function isResolved(slots: Readonly<Record<string, SlotFill>>): boolean {
  return Object.values(slots).every((fill) => !fill.slotType || fill.id !== undefined);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
