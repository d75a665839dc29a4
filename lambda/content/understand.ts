import type { MassagePart, RoutineId } from '../routine/types';
import { BenefitTopic, SafetyTopic, isBenefitTopic, isSafetyTopic } from './topics';
import type { Questions } from './types';

/**
 * The skill's own small classifier for what a parent says in their own words (an AMAZON.SearchQuery
 * slot, or a topic slot Alexa could not resolve): each topic has cues, words or short phrases in the
 * locale's language (content/<language>/understanding.ts); a cue matches whole words, and a word also
 * matches its plural and -ing/-ed forms. The topic with the most matched cue words wins; a tie goes
 * to the topic listed first. No network, no model: a table and a loop.
 */
export type Cues<Id extends string> = readonly (readonly [id: Id, cues: readonly string[]])[];

/**
 * A language's way from text to the words the classifier compares: lowercase words without
 * punctuation, each cut to a rough stem (English: `stems`; a language pack makes its own with
 * `stemsWith`, from a stem function for its words).
 */
export type Stemmer = (text: string) => string[];

/** What a statement about the baby means for the guide (guide/statements.ts answers each). */
export type StatementKind = 'asleep' | 'crying' | 'feeding' | 'needs' | 'fever' | 'jaundice' | 'unwell' | 'hiccups' | 'dislikes' | 'happy' | 'wind' | 'tired' | 'moving';

/** The guide's commands, when they come inside other words ("ok so what do I do next"). */
export type CommandKind = 'next' | 'repeat' | 'previous' | 'pause' | 'resume' | 'start-over';

/** What free words mean, in the order the guide tries them: a command, a statement about the baby, a question. */
export type Understood =
  | { readonly kind: 'command'; readonly command: CommandKind }
  | { readonly kind: 'statement'; readonly statement: StatementKind }
  | { readonly kind: 'question'; readonly topic: QuestionTopic };

/** The cues for each kind of meaning in one language (content/<language>/understanding.ts). */
export interface UnderstandingCues {
  readonly commands: Cues<CommandKind>;
  readonly statements: Cues<StatementKind>;
  readonly questions: Cues<BenefitTopic | SafetyTopic>;
}

/** Which meaning to try first: what the words came as (a question, a statement, or a slot's value). */
export type UnderstandingOrder = readonly Understood['kind'][];

/**
 * What words Alexa could not place mean, trying each kind of meaning in `order`: a command said inside
 * other words ("ok so what do I do next"), a statement about the baby, a question's topic; undefined
 * when none fits.
 */
export function understandWords(words: string, cues: UnderstandingCues, order: UnderstandingOrder, stemmer: Stemmer = stems): Understood | undefined {
  for (const kind of order) {
    if (kind === 'command') {
      const command = classify(words, cues.commands, stemmer);
      if (command) return { kind, command };
    } else if (kind === 'statement') {
      const statement = classify(words, cues.statements, stemmer);
      if (statement) return { kind, statement };
    } else {
      const topic = questionTopic(words, cues.questions, stemmer);
      if (topic) return { kind, topic };
    }
  }
  return undefined;
}

export type QuestionTopic = { readonly kind: 'benefits'; readonly id: BenefitTopic } | { readonly kind: 'safety'; readonly id: SafetyTopic };

/** The id whose cues best match `words`, or undefined when none does. */
export function classify<Id extends string>(words: string, cues: Cues<Id>, stemmer: Stemmer = stems): Id | undefined {
  const said = ` ${stemmer(words).join(' ')} `;
  let best: { id: Id; score: number } | undefined;
  for (const [id, list] of cues) {
    let score = 0;
    // Each cue counts once however many of its forms are listed ("teeth" and "teething" are one stem).
    const counted = new Set<string>();
    for (const cue of list) {
      const wanted = stemmer(cue).join(' ');
      if (wanted === '' || counted.has(wanted)) continue;
      counted.add(wanted);
      if (said.includes(` ${wanted} `)) score += wanted.split(' ').length;
    }
    if (score > 0 && (!best || score > best.score)) best = { id, score };
  }
  return best?.id;
}

/**
 * The id whose cues best match words that are not a question (their first word is none of
 * `questionStarts`): what a routine slot Alexa could not resolve was asking for.
 */
export function classifyUnasked<Id extends string>(words: string, cues: Cues<Id>, questionStarts: readonly string[], stemmer: Stemmer = stems): Id | undefined {
  const first = words.trim().toLowerCase().split(/\s+/)[0];
  if (first === '' || questionStarts.includes(first)) return undefined;
  return classify(words, cues, stemmer);
}

/**
 * The known topic nearest to a question none of the cues placed: the one whose cues and answer share
 * the most of the question's own words (stems, leaving out `common` words like "can", "my", "baby").
 * Undefined when nothing is shared: then there is no honest "nearest".
 */
export function nearestTopic(
  words: string,
  topics: readonly (readonly [id: BenefitTopic | SafetyTopic, vocabulary: readonly string[]])[],
  common: readonly string[],
  stemmer: Stemmer = stems,
): QuestionTopic | undefined {
  const asked = new Set(stemmer(words).filter((word) => word.length > 2 && !common.includes(word)));
  if (asked.size === 0) return undefined;
  let best: { id: BenefitTopic | SafetyTopic; score: number } | undefined;
  for (const [id, vocabulary] of topics) {
    const known = new Set(vocabulary.flatMap((text) => stemmer(text)));
    const score = [...asked].filter((word) => known.has(word)).length;
    if (score > 0 && (!best || score > best.score)) best = { id, score };
  }
  return best && topicNamed(best.id);
}

/** Each topic's cues, the words near it, and the words of its answer: what `nearestTopic` compares a question with. */
export function topicVocabulary(
  questions: { readonly benefits: Readonly<Record<BenefitTopic, { readonly sentences: readonly string[] }>>; readonly safety: Readonly<Record<SafetyTopic, { readonly sentences: readonly string[] }>> },
  cues: Cues<BenefitTopic | SafetyTopic>,
  nearby: Cues<BenefitTopic | SafetyTopic>,
): (readonly [BenefitTopic | SafetyTopic, readonly string[]])[] {
  return cues.map(([id, list]) => [
    id,
    [...list, ...(nearby.find(([near]) => near === id)?.[1] ?? []), ...(isBenefitTopic(id) ? questions.benefits[id] : questions.safety[id as SafetyTopic]).sentences],
  ]);
}

/** A question's topic, as the answers are keyed. */
export function questionTopic(words: string, cues: Cues<BenefitTopic | SafetyTopic>, stemmer: Stemmer = stems): QuestionTopic | undefined {
  const id = classify(words, cues, stemmer);
  return id === undefined ? undefined : topicNamed(id);
}

/** The topic an id names, with the kind of question it answers; undefined for an id that is neither. */
export function topicNamed(id: string): QuestionTopic | undefined {
  if (isBenefitTopic(id)) return { kind: 'benefits', id };
  return isSafetyTopic(id) ? { kind: 'safety', id } : undefined;
}

/** Lowercase words without punctuation, each cut to a rough stem so "oils", "oiling" and "oiled" meet "oil". */
export function stems(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(' ')
    .filter((word) => word !== '')
    .map(stem);
}

function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * A stemmer for a language written in letters (any script's: "Öl", "bébé", "barriguinha"): lowercase
 * words of letters and digits, apostrophes and other punctuation out, each cut by the language's `stem`.
 */
export function stemsWith(stem: (word: string) => string): Stemmer {
  return (text) =>
    text
      .toLowerCase()
      .normalize('NFC')
      .replace(/[^\p{L}\p{N} ]+/gu, ' ')
      .split(' ')
      .filter((word) => word !== '')
      .map(stem);
}

/** A language's cue tables, as each content/<language>/understanding.ts exports them. */
export interface LanguageCues {
  readonly QUESTION_CUES: Cues<BenefitTopic | SafetyTopic>;
  readonly STATEMENT_CUES: Cues<StatementKind>;
  readonly PART_CUES: Cues<MassagePart>;
  readonly COMMAND_CUES: Cues<CommandKind>;
  readonly ROUTINE_CUES: Cues<RoutineId>;
  readonly NEARBY_WORDS: Cues<BenefitTopic | SafetyTopic>;
  readonly COMMON_WORDS: readonly string[];
  readonly QUESTION_STARTS: readonly string[];
}

/**
 * The classifier's half of a language's Questions, from its cue tables and stemmer: what a parent's own
 * words mean. `answers` gives the language's answers (the object these functions become part of), whose
 * words `nearestTopic` compares with; their vocabulary is worked out on the first call, not on every one.
 */
export function classifiersFor(
  cues: LanguageCues,
  stemmer: Stemmer,
  answers: () => Parameters<typeof topicVocabulary>[0],
): Pick<Questions, 'topicOf' | 'statementOf' | 'partOf' | 'routineOf' | 'understand' | 'nearestTopic'> {
  let vocabulary: ReturnType<typeof topicVocabulary> | undefined;
  return {
    topicOf: (said) => questionTopic(said, cues.QUESTION_CUES, stemmer),
    statementOf: (said) => classify(said, cues.STATEMENT_CUES, stemmer),
    partOf: (said) => classify(said, cues.PART_CUES, stemmer),
    routineOf: (said) => classifyUnasked(said, cues.ROUTINE_CUES, cues.QUESTION_STARTS, stemmer),
    understand: (said, order) => understandWords(said, { commands: cues.COMMAND_CUES, statements: cues.STATEMENT_CUES, questions: cues.QUESTION_CUES }, order, stemmer),
    nearestTopic: (said) => nearestTopic(said, (vocabulary ??= topicVocabulary(answers(), cues.QUESTION_CUES, cues.NEARBY_WORDS)), cues.COMMON_WORDS, stemmer),
  };
}
