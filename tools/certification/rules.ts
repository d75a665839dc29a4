import { INVOCATION_FORMS, Resolver } from '../alexa/resolver';

/**
 * Alexa's certification rules for the invocation name and the store's example phrases, as the ASK
 * documentation states them ("Invocation name requirements"; "Example phrases"): each returns the
 * problems it finds, none for a name or phrase that passes. test/certification.test.ts holds the
 * skill to them, and holds known-bad names and phrases to failing.
 */

/** Wake words a name may not contain. */
const WAKE_WORDS = ['alexa', 'amazon', 'echo', 'computer', 'ziggy'];
/** Launch phrases: a name containing one would be heard as the start of another request. */
const LAUNCH_WORDS = ['ask', 'begin', 'enable', 'launch', 'load', 'open', 'play', 'resume', 'run', 'start', 'talk', 'tell', 'use'];
/** Connecting words that join a name to a request ("ask baby massage to ..."). */
const CONNECTING_WORDS = ['about', 'and', 'by', 'for', 'from', 'if', 'in', 'that', 'to', 'using', 'whether', 'with'];
/** In a name of two words, no article or preposition may be one of them. */
const ARTICLES = ['a', 'an', 'the', 'for', 'to', 'of'];

export function invocationNameProblems(name: string, locale: string): string[] {
  const problems: string[] = [];
  const words = name.split(' ');
  // Lower-case letters (the language's own too), spaces between words, possessive apostrophes, periods in abbreviations.
  if (!/^[\p{Ll}.' ]+$/u.test(name) || /\s{2,}|^\s|\s$/.test(name)) problems.push('only lower-case letters, single spaces, apostrophes and periods');
  if (/\d/.test(name)) problems.push('numbers spelled out');
  const german = locale.startsWith('de-');
  // One word only for a brand, or in German for a compound (Babymassage): two or more otherwise.
  if (words.length < 2 && !(german && name.length >= 10)) problems.push('two or more words (one only for a brand, or a German compound)');
  // The locale's own launch and connecting words too ("öffne", "abre", "demande à"), besides English's.
  const forms = INVOCATION_FORMS[locale.split('-')[0]];
  const launchWords = [...LAUNCH_WORDS, ...(forms?.launch ?? []), ...(forms?.ask ?? []).map((ask) => ask.split(' ')[0])];
  const connectingWords = [...CONNECTING_WORDS, ...(forms?.connecting ?? [])];
  for (const word of words) {
    if (WAKE_WORDS.includes(word)) problems.push(`no wake word ("${word}")`);
    if (launchWords.includes(word)) problems.push(`no launch word ("${word}")`);
    if (connectingWords.includes(word)) problems.push(`no connecting word ("${word}")`);
  }
  if (words.length === 2 && words.some((word) => ARTICLES.includes(word))) problems.push('a name of two words has no article or preposition');
  return problems;
}

/**
 * An example phrase: "Alexa, " then, for the first, a launch word and the invocation name; for the
 * others also a one-shot ("Alexa, ask baby massage what oil should I use") whose request is a sample
 * of the model, so that saying it does what the store promises.
 */
export function examplePhraseProblems(phrase: string, invocationName: string, resolver: Resolver, first: boolean): string[] {
  const problems: string[] = [];
  if (!phrase.startsWith('Alexa, ')) problems.push('starts with the wake word "Alexa, "');
  const spoken = phrase.replace(/^Alexa, /, '');
  if (!spoken.toLowerCase().includes(invocationName)) problems.push('names the skill by its invocation name');
  if (/[^\p{L}\p{N}' ,?.]/u.test(spoken)) problems.push('only words and plain punctuation');
  if (phrase.length > 200) problems.push('at most 200 characters');
  const resolved = resolver.resolve(spoken);
  if (first && resolved.kind !== 'launch') problems.push('the first opens the skill ("Alexa, open <name>")');
  if (!first && resolved.kind === 'none') problems.push('what it asks is a sample of the model');
  if (resolved.kind === 'intent' && !resolved.oneShot) problems.push('asks the skill by name');
  if (resolved.kind === 'intent' && Object.values(resolved.slots).some((slot) => slot.slotType !== undefined && slot.id === undefined)) problems.push('its slot values are ones the model knows');
  return problems;
}
