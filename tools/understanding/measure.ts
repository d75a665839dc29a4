import { readFileSync } from 'fs';
import * as path from 'path';
import { Resolution, Resolver, resolverFor } from '../alexa/resolver';
import { PART_ROUTINES } from '../../lambda/routine/routines';
import type { SupportedLocale } from '../../lambda/content/locales';
import { MassagePart } from '../../lambda/routine/types';
import { UnderstandingOrder } from '../../lambda/content/understand';
import type { Questions } from '../../lambda/content/types';
import { contentFor } from '../../lambda/content';

/**
 * How many of the phrasings in test/understanding/*.txt the skill understands, with exact-match
 * resolution over the real interaction models (tools/alexa/resolver.ts, stricter than Alexa's own NLU):
 * a phrase counts only if it reaches the meaning written beside it, so that a catch-all does not count.
 * `npm run understanding` prints both halves; test/understanding.test.ts holds the figures.
 */

export interface Phrasing {
  readonly phrase: string;
  /** next, repeat..., r:<routine>, go:<part>, skip:<part or ''>, pace:<change>, t:<topic>, s:<statement kind> */
  readonly meaning: string;
  readonly locale: string;
}

export const UNDERSTANDING_DIR = path.join(__dirname, '..', '..', 'test', 'understanding');

/** The phrasings of a file under test/understanding/ (`phrase|meaning|locale`; a line without a locale is `defaultLocale`'s). */
export function readPhrasings(file: string, defaultLocale = 'en-US'): Phrasing[] {
  return readFileSync(path.join(UNDERSTANDING_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [phrase, meaning, locale] = line.split('|');
      return { phrase, meaning, locale: locale || defaultLocale };
    });
}

const INTENT_MEANINGS: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.NextIntent': ['next'],
  'AMAZON.RepeatIntent': ['repeat'],
  'AMAZON.PreviousIntent': ['previous'],
  'AMAZON.PauseIntent': ['pause'],
  'AMAZON.ResumeIntent': ['resume'],
  'AMAZON.StartOverIntent': ['startOver'],
  'AMAZON.StopIntent': ['stop'],
  'AMAZON.CancelIntent': ['stop'],
  'AMAZON.HelpIntent': ['help'],
  'AMAZON.YesIntent': ['yes'],
  'AMAZON.NoIntent': ['no'],
  ThanksIntent: ['thanks'],
  ListRoutinesIntent: ['list'],
  WhereIntent: ['where'],
  TimeLeftIntent: ['timeLeft'],
  // After a pause or an answer, resume; at the end of a stroke, next (guide/words.ts carryOn).
  ContinueIntent: ['continue', 'resume', 'next'],
  BabyAsleepIntent: ['s:asleep'],
  BabyUpsetIntent: ['s:crying', 's:teething'],
  // One reply fits all three: see to the baby, the place is kept.
  BabyNeedsIntent: ['s:feeding', 's:nappy', 's:sick'],
  BabyUnwellIntent: ['s:unwell', 's:jabs'],
  BabyDislikesIntent: ['s:dislikes', 's:hiccups', 's:sneezing'],
  BabyHappyIntent: ['s:happy', 's:holding'],
  BabyWindIntent: ['s:wind'],
  BabySleepyIntent: ['s:tired'],
  // The course and companion (issue 20).
  CourseIntent: ['course'],
  BabyAgeIntent: ['age'],
  HowOldIntent: ['howOld'],
  ForgetAgeIntent: ['forgetAge'],
  PracticeLogIntent: ['log'],
  SetReminderIntent: ['remind'],
  CancelReminderIntent: ['cancelReminder'],
  CheckReminderIntent: ['checkReminder'],
  ForgetMeIntent: ['forgetMe'],
};

/** What each kind of statement answers, as the phrasings write it (guide/statements.ts says why). */
const STATEMENT_MEANINGS: Readonly<Record<string, readonly string[]>> = {
  asleep: ['s:asleep'],
  // Crying and the baby's needs pause the routine (guide/statements.ts): "hang on, she's crying" is a pause with its reason.
  crying: ['s:crying', 's:teething', 'pause'],
  feeding: ['s:feeding', 'pause'],
  needs: ['s:feeding', 's:nappy', 's:sick', 'pause'],
  fever: ['s:unwell'],
  jaundice: ['s:unwell'],
  unwell: ['s:unwell', 's:jabs'],
  hiccups: ['s:hiccups', 's:sneezing'],
  dislikes: ['s:dislikes'],
  happy: ['s:happy', 's:holding'],
  wind: ['s:wind'],
  tired: ['s:tired'],
  moving: ['s:rolled', 's:wriggling'],
};

const COMMAND_MEANINGS: Readonly<Record<string, string>> = { next: 'next', repeat: 'repeat', previous: 'previous', pause: 'pause', resume: 'resume', 'start-over': 'startOver' };

/** What free words mean to the skill (guide/understood.ts), tried in the handler's order, as the phrasings write it. */
function wordsMean(words: string | undefined, order: UnderstandingOrder, questions: Questions): string[] {
  if (words === undefined) return [];
  const understood = questions.understand(words, order);
  if (understood?.kind === 'command') return [COMMAND_MEANINGS[understood.command]];
  if (understood?.kind === 'statement') return [...STATEMENT_MEANINGS[understood.statement]];
  if (understood?.kind === 'question') return [`t:${understood.topic.id}`];
  return [];
}

/** The topic the skill's classifier finds in a question's words, as the phrasings write it. */
function topicOf(words: string | undefined, questions: Questions): string[] {
  const topic = words === undefined ? undefined : questions.topicOf(words);
  return topic ? [`t:${topic.id}`] : [];
}

/**
 * What a resolution means, as the phrasings write it: every meaning it would count as. Words in a
 * question slot (SearchQuery, or a topic Alexa could not resolve) go through the skill's classifier,
 * as the handlers send them.
 */
export function meaningsOf(resolution: Resolution, questions: Questions = contentFor('en-US').questions): string[] {
  if (resolution.kind !== 'intent') return [resolution.kind];
  const { name, slots } = resolution;
  const id = (slot: string) => slots[slot]?.id;
  switch (name) {
    case 'StartRoutineIntent': {
      if (id('routine')) return [`r:${id('routine')}`];
      // A part names its own short routine ("just the legs"); the chest has none and goes to its place in the full one.
      const part = id('part');
      if (part) return [PART_ROUTINES[part as MassagePart] ? `r:${PART_ROUTINES[part as MassagePart]}` : `go:${part}`];
      const named = slots.routine ? questions.routineOf(slots.routine.value) : undefined;
      if (named) return [`r:${named}`];
      return wordsMean(slots.routine?.value ?? slots.part?.value, ['question', 'statement', 'command'], questions);
    }
    case 'GoToPartIntent': {
      const part = id('part') ?? (slots.part ? questions.partOf(slots.part.value) : undefined);
      if (part) return [`go:${part}`];
      const routine = slots.part ? questions.routineOf(slots.part.value) : undefined;
      return routine ? [`r:${routine}`] : wordsMean(slots.part?.value, ['command', 'statement', 'question'], questions);
    }
    case 'SkipPartIntent': {
      if (!slots.part) return ['skip:'];
      const part = id('part') ?? questions.partOf(slots.part.value);
      return part ? [`skip:${part}`] : wordsMean(slots.part.value, ['command', 'statement', 'question'], questions);
    }
    case 'PaceIntent':
      return id('pace') ? [`pace:${id('pace')}`] : wordsMean(slots.pace?.value, ['question', 'command', 'statement'], questions);
    case 'BenefitsIntent':
      return slots.topic ? (id('topic') ? [`t:${id('topic')}`] : topicOf(slots.topic.value, questions)) : ['t:benefits'];
    case 'SafetyIntent':
      return id('topic') ? [`t:${id('topic')}`] : topicOf(slots.topic?.value, questions);
    case 'QuestionIntent':
      return wordsMean(slots.question?.value, ['question', 'statement', 'command'], questions);
    case 'StatementIntent':
      return wordsMean(slots.statement?.value, ['statement', 'question', 'command'], questions);
    default:
      return [...(INTENT_MEANINGS[name] ?? [])];
  }
}

export interface Measured {
  readonly total: number;
  readonly understood: number;
  readonly missed: readonly { readonly phrasing: Phrasing; readonly got: readonly string[] }[];
}

/** The hesitation sounds speech recognition drops, by language ("er" is a sound in English, a word in Dutch). */
const HESITATIONS: Readonly<Record<string, string>> = {
  en: 'um+|uh+|er+|erm+|hmm+|uhm+',
  de: 'äh+m*|öh+m*|hm+|ähm+',
  es: 'eh+m*|em+|hm+',
  fr: 'euh+|heu+|hum+|hm+',
  it: 'eh+m+|uhm+|hm+',
  pt: 'hã+|ahn+|hum+|hm+',
  nl: 'eh+m*|uhm+|hm+',
};

/**
 * What speech recognition passes on: hesitation sounds ("um", "er"; "ehm" in Dutch) are not words to
 * it, so they are dropped before either resolver reads the phrase; every other filler must be in the model.
 */
export function heard(phrase: string, locale = 'en-US'): string {
  const sounds = HESITATIONS[locale.split('-')[0]] ?? HESITATIONS.en;
  return phrase.replace(new RegExp(`(?<![\\p{L}])(?:${sounds})(?![\\p{L}])[,]?\\s*`, 'giu'), '').trim();
}

export function measure(phrasings: readonly Phrasing[]): Measured {
  const resolvers = new Map<string, Resolver>();
  const missed: { phrasing: Phrasing; got: string[] }[] = [];
  for (const phrasing of phrasings) {
    let resolver = resolvers.get(phrasing.locale);
    if (!resolver) resolvers.set(phrasing.locale, (resolver = resolverFor(phrasing.locale)));
    const got = meaningsOf(resolver.resolve(heard(phrasing.phrase, phrasing.locale)), contentFor(phrasing.locale).questions);
    if (!got.includes(phrasing.meaning)) missed.push({ phrasing, got });
  }
  return { total: phrasings.length, understood: phrasings.length - missed.length, missed };
}

/** The same measure through virtual-alexa (tools/understanding/virtual-alexa.ts), the second resolver. */
export async function measureWithVirtualAlexa(phrasings: readonly Phrasing[]): Promise<Measured> {
  // Loaded here: virtual-alexa is slow to load, and only this measure needs it. It brings the AWS SDK
  // v2, which would announce its end of support on stderr.
  process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = '1';
  const { VirtualAlexaResolver } = await import('./virtual-alexa');
  const resolvers = new Map<string, InstanceType<typeof VirtualAlexaResolver>>();
  const missed: { phrasing: Phrasing; got: string[] }[] = [];
  for (const phrasing of phrasings) {
    let resolver = resolvers.get(phrasing.locale);
    if (!resolver) resolvers.set(phrasing.locale, (resolver = new VirtualAlexaResolver(phrasing.locale as SupportedLocale)));
    const got = meaningsOf(await resolver.resolve(heard(phrasing.phrase, phrasing.locale)));
    if (!got.includes(phrasing.meaning)) missed.push({ phrasing, got });
  }
  return { total: phrasings.length, understood: phrasings.length - missed.length, missed };
}

const percent = ({ understood, total }: Measured) => `${understood} of ${total} (${((100 * understood) / total).toFixed(1)} %)`;

async function main(): Promise<void> {
  for (const file of ['dev.txt', 'held-out.txt']) {
    const phrasings = readPhrasings(file);
    const ours = measure(phrasings);
    const virtual = await measureWithVirtualAlexa(phrasings);
    const stricter = virtual.understood < ours.understood ? 'virtual-alexa' : 'ours';
    console.log(`${file}: our resolver ${percent(ours)}, virtual-alexa ${percent(virtual)}; the stricter: ${stricter}`);
    if (process.argv.includes('--missed') && file === 'dev.txt') {
      for (const [name, result] of [['ours', ours], ['virtual-alexa', virtual]] as const) {
        for (const { phrasing, got } of result.missed) console.log(`  ${name}: ${phrasing.phrase} -> ${got.join(', ') || '?'} (want ${phrasing.meaning})`);
      }
    }
  }
}

if (require.main === module) void main();
