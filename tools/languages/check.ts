import { createHash } from 'crypto';
import { existsSync } from 'fs';
import * as path from 'path';
import { check as checkSsml } from 'ssml-check-core';
import { contentFor } from '../../lambda/content';
import { LANGUAGE_PACK_LOCALES, PackLanguage, PackLocale, packLanguageOf } from '../../lambda/content/locales';
import type { Content, LanguagePack } from '../../lambda/content/types';
import { LESSON_IDS, ROUTINE_IDS, RoutineId } from '../../lambda/routine/types';
import { MAX_SSML_CHARACTERS } from '../../lambda/speech/ssml';
import { Resolver } from '../alexa/resolver';
import { assemble } from '../interaction-model/assemble';
import { InteractionModel, ModelPhrases } from '../interaction-model/types';
import { routineTiming, walkRoutine } from '../routine-timing';
import { Phrasing, UNDERSTANDING_DIR, heard, meaningsOf, readPhrasings } from '../understanding/measure';
import { ROOT } from '../paths';
import { saidMinutes } from '../../lambda/content/lengths';

/**
 * `npx tsx tools/languages/check.ts <locale>`: a language pack's checks while it is written, before it
 * is wired into the skill (SPOKEN_PACK_LOCALES): its words beside English's (every {placeholder} where
 * English has it), every routine and lesson at least half hands-on and as long as it says at the
 * language's speaking rate, valid SSML within Alexa's limits, the health line naming the professional;
 * its interaction model beside English's (every intent, slot and value id; the sample rules); and its
 * phrasebook's development half through the model (the held-out half is only counted, never shown).
 */

type Vocabularies = Readonly<Record<string, { readonly healthProfessional: string }>>;

export interface PackFiles {
  readonly pack: LanguagePack;
  readonly vocabulary: Vocabularies;
  readonly phrases?: ModelPhrases<unknown>;
}

/** A pack's modules, by their paths (a pack not yet wired in is found by folder). */
export function loadPack(language: PackLanguage): PackFiles {
  /* eslint-disable @typescript-eslint/no-require-imports -- a pack is found by its folder while it is being written, before anything imports it */
  const pack = require(path.join(ROOT, 'lambda', 'content', language, 'index.ts')) as LanguagePack;
  const vocabularyModule = require(path.join(ROOT, 'lambda', 'content', language, 'vocabulary.ts')) as Record<string, unknown>;
  const modelFile = path.join(ROOT, 'tools', 'interaction-model', language, 'index.ts');
  const phrases = existsSync(modelFile) ? (require(modelFile) as { phrases: ModelPhrases<unknown> }).phrases : undefined;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const vocabulary = Object.entries(vocabularyModule).find(([name]) => name.startsWith('VOCABULARY'))?.[1] as Vocabularies | undefined;
  if (!vocabulary) throw new Error(`lambda/content/${language}/vocabulary.ts exports no VOCABULARY_* table`);
  return { pack, vocabulary, phrases };
}

/** The {placeholders} of every string in a content object, by path (functions and getters' values included). */
export function placeholders(value: unknown, at = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') {
    const found = [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    if (found.length > 0) out.set(at, found.join(','));
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => placeholders(item, `${at}[${i}]`, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) placeholders((value as Record<string, unknown>)[key], at ? `${at}.${key}` : key, out);
  }
  return out;
}

/** Which half of a phrasebook a phrase is in: the development half, or the held-out half measured only at the end. */
export function isHeldOut(phrase: string): boolean {
  return createHash('sha256').update(phrase.trim().toLowerCase()).digest()[0] % 2 === 1;
}

/** A language's phrasebook (test/understanding/<language>/phrasebook.txt), none while it is unwritten. */
export function readPackPhrasebook(language: PackLanguage): Phrasing[] {
  const file = path.join(language, 'phrasebook.txt');
  return existsSync(path.join(UNDERSTANDING_DIR, file)) ? readPhrasings(file, LANGUAGE_PACK_LOCALES[language][0]) : [];
}

/** The sample rules the English models keep (test/interaction-models.test.ts), for any language. */
export function modelProblems(model: InteractionModel, english: InteractionModel): string[] {
  const problems: string[] = [];
  const lm = model.interactionModel.languageModel;
  const en = english.interactionModel.languageModel;
  for (const intent of en.intents) {
    const mine = lm.intents.find((i) => i.name === intent.name);
    if (!mine) problems.push(`intent ${intent.name} is missing`);
    else if (JSON.stringify(mine.slots ?? []) !== JSON.stringify(intent.slots ?? [])) problems.push(`intent ${intent.name}: slots ${JSON.stringify(mine.slots)} differ from English ${JSON.stringify(intent.slots)}`);
  }
  for (const type of en.types) {
    const mine = lm.types.find((t) => t.name === type.name);
    if (!mine) {
      problems.push(`slot type ${type.name} is missing`);
      continue;
    }
    const ids = (t: typeof type) => t.values.map((v) => v.id).sort().join(',');
    if (ids(mine) !== ids(type)) problems.push(`slot type ${type.name}: value ids ${ids(mine)} differ from English ${ids(type)}`);
  }
  const owner = new Map<string, string>();
  for (const intent of lm.intents) {
    const slotNames = new Set((intent.slots ?? []).map((s) => s.name));
    for (const sample of intent.samples) {
      if (sample !== sample.toLowerCase()) problems.push(`${intent.name}: "${sample}" is not lowercase`);
      if (!/^[\p{L}{}' .]+$/u.test(sample)) problems.push(`${intent.name}: "${sample}" has characters a sample may not have`);
      if (sample.length > 200) problems.push(`${intent.name}: "${sample}" is over 200 characters`);
      for (const [, slot] of sample.matchAll(/\{(\w+)\}/g)) if (!slotNames.has(slot)) problems.push(`${intent.name}: "${sample}" names a slot {${slot}} the intent does not have`);
      const key = sample.replace(/\{\w+\}/g, '{}');
      const other = owner.get(key);
      if (other && other !== intent.name) problems.push(`"${sample}" is a sample of both ${other} and ${intent.name}`);
      owner.set(key, intent.name);
    }
  }
  if (!/^[\p{Ll} .']+$/u.test(lm.invocationName)) problems.push(`invocation name "${lm.invocationName}" must be lowercase letters and spaces`);
  return problems;
}

const NEW = { newParent: true };
const RETURNING = { newParent: false };
const EVERY: readonly RoutineId[] = [...ROUTINE_IDS, ...LESSON_IDS];

async function main(locale: PackLocale): Promise<void> {
  const language = packLanguageOf(locale);
  const { pack, vocabulary, phrases } = loadPack(language);
  const problems: string[] = [];
  const content: Content = pack.content(locale as never);
  const english = contentFor('en-US');

  // The words: every placeholder where English has it.
  const mine = placeholders(content);
  for (const [at, names] of placeholders(english)) {
    if (mine.get(at) !== names) problems.push(`${at}: placeholders {${mine.get(at) ?? ''}}, English has {${names}}`);
  }
  const professional = vocabulary[locale]?.healthProfessional;
  if (!professional) problems.push(`VOCABULARY has no ${locale} entry with healthProfessional`);
  else if (!content.questions.notMedicalAdvice.includes(professional)) problems.push(`questions.notMedicalAdvice does not name ${professional}`);

  // Every routine and lesson: hands-on, length, SSML.
  console.log(`${locale}: routine minutes (said -> estimated, new / returning) and hands-on share`);
  for (const id of EVERY) {
    const row: string[] = [];
    for (const listener of [NEW, RETURNING]) {
      const { minutes, handsOnShare } = routineTiming(content, id, listener);
      const stated = saidMinutes(content, id);
      const said = listener.newParent ? (stated.firstMinutes ?? stated.minutes) : stated.minutes;
      row.push(`${said} -> ${minutes.toFixed(1)} (${Math.round(handsOnShare * 100)} %)`);
      if (handsOnShare < 0.5) problems.push(`${id} (${listener.newParent ? 'new' : 'returning'}): only ${Math.round(handsOnShare * 100)} % hands-on`);
      if (Math.abs(minutes - said) > Math.max(1, said * 0.06)) {
        problems.push(
          `${id} (${listener.newParent ? 'new' : 'returning'}): ${minutes.toFixed(1)} minutes, says ${said}. If the language's rate makes it differ, set routines['${id}'].minutes ` +
            `(or firstMinutes, for a first-timer's first time) in your index.ts to the length it takes, and say that length in its intro (introFirstTime too); do not pad or cut the guidance`,
        );
      }
      for (const { id: step, ssml } of walkRoutine(content, id, listener)) {
        if (ssml.length > MAX_SSML_CHARACTERS) problems.push(`${id}/${step}: ${ssml.length} SSML characters`);
        const invalid = await checkSsml(ssml, { platform: 'amazon' });
        if (invalid) problems.push(`${id}/${step}: invalid SSML ${JSON.stringify(invalid).slice(0, 200)}`);
      }
    }
    console.log(`  ${id.padEnd(11)} ${row.join('   ')}`);
  }

  // The model and the phrasebook.
  if (!phrases) {
    problems.push(`tools/interaction-model/${language}/index.ts does not exist yet`);
  } else {
    const { buildModel } = await import('../interaction-model/build');
    const model = assemble(phrases.invocationName, phrases.intents, phrases.slotTypes, vocabulary[locale]);
    problems.push(...modelProblems(model, buildModel('en-US')));
    const samples = model.interactionModel.languageModel.intents.reduce((sum, i) => sum + i.samples.length, 0);
    console.log(`${locale}: model "${model.interactionModel.languageModel.invocationName}", ${model.interactionModel.languageModel.intents.length} intents, ${samples} samples`);
    const book = readPackPhrasebook(language).filter((p) => p.locale === locale);
    const dev = book.filter((p) => !isHeldOut(p.phrase));
    const resolver = new Resolver(model, language);
    const missed = dev.filter((p) => !meaningsOf(resolver.resolve(heard(p.phrase, locale)), content.questions).includes(p.meaning));
    console.log(`${locale}: phrasebook ${book.length} (${dev.length} development, ${book.length - dev.length} held out); development understood ${dev.length - missed.length} of ${dev.length}`);
    for (const p of missed) console.log(`  missed: ${p.phrase} -> ${meaningsOf(resolver.resolve(heard(p.phrase, locale)), content.questions).join(', ') || '?'} (want ${p.meaning})`);
  }

  for (const problem of problems) console.log(`PROBLEM ${problem}`);
  console.log(problems.length === 0 ? `${locale}: no problems` : `${locale}: ${problems.length} problems`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}

if (require.main === module) {
  const locale = process.argv[2] as PackLocale;
  if (!Object.values(LANGUAGE_PACK_LOCALES).some((locales) => (locales as readonly string[]).includes(locale))) {
    console.error(`Usage: npx tsx tools/languages/check.ts <${Object.values(LANGUAGE_PACK_LOCALES).flat().join('|')}>`);
    process.exitCode = 2;
  } else {
    main(locale).catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
  }
}
