import { BenefitTopic, SafetyTopic, isBenefitTopic } from './topics';

/**
 * The skill's own small classifier for what a parent says in their own words (an AMAZON.SearchQuery
 * slot, or a topic slot Alexa could not resolve): each topic has cues, words or short phrases in the
 * locale's language (content/<language>/understanding.ts); a cue matches whole words, and a word also
 * matches its plural and -ing/-ed forms. The topic with the most matched cue words wins; a tie goes
 * to the topic listed first. No network, no model: a table and a loop.
 */
export type Cues<Id extends string> = readonly (readonly [id: Id, cues: readonly string[]])[];

/** What a statement about the baby means for the guide (guide/statements.ts answers each). */
export type StatementKind = 'asleep' | 'crying' | 'needs' | 'unwell' | 'dislikes' | 'happy' | 'wind' | 'tired' | 'moving';

export type QuestionTopic = { readonly kind: 'benefits'; readonly id: BenefitTopic } | { readonly kind: 'safety'; readonly id: SafetyTopic };

/** The id whose cues best match `words`, or undefined when none does. */
export function classify<Id extends string>(words: string, cues: Cues<Id>): Id | undefined {
  const said = ` ${stems(words).join(' ')} `;
  let best: { id: Id; score: number } | undefined;
  for (const [id, list] of cues) {
    let score = 0;
    for (const cue of list) {
      const wanted = stems(cue);
      if (wanted.length > 0 && said.includes(` ${wanted.join(' ')} `)) score += wanted.length;
    }
    if (score > 0 && (!best || score > best.score)) best = { id, score };
  }
  return best?.id;
}

/** A question's topic, as the answers are keyed. */
export function questionTopic(words: string, cues: Cues<BenefitTopic | SafetyTopic>): QuestionTopic | undefined {
  const id = classify(words, cues);
  if (id === undefined) return undefined;
  return isBenefitTopic(id) ? { kind: 'benefits', id } : { kind: 'safety', id: id as SafetyTopic };
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
