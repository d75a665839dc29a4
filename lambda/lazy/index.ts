import { existsSync } from 'fs';
import * as path from 'path';
import type { PackLanguage } from '../content/locales';
import type { LanguagePack } from '../content/types';

/**
 * The one facade for cold start: code most requests never need, each part loaded on first use. In the
 * Lambda bundle each part is a file of its own beside index.js (`LAZY_CHUNKS` in tools/paths.ts, built
 * with the same options as index.js), so a cold start neither loads nor parses it; in the sources
 * (tests, tsx) it is the TypeScript module itself. Only type imports name the modules here: a static
 * import would put them back into index.js.
 *
 * - `playAlong()`: the AudioPlayer protocol (lambda/play-along), for "play the massage" and Alexa's
 *   AudioPlayer and PlaybackController requests.
 * - `screens()`: the Echo Show views and the APL document (lambda/screens), for devices with a screen.
 * - `answers()`: the answers to parents' questions (lambda/content/en/questions.ts).
 * - `answering()`: the guide's replies that answer rather than move (lambda/guide/answering.ts).
 * - `strokes()`: the words of every step after the openings (lambda/content/en/strokes.ts).
 * - `companion()`: the course, the baby's age, the practice log, reminders, deleting one's data, and
 *   their words (lambda/companion).
 */
export const playAlong = chunk<typeof import('../play-along/index')>('play-along.js', '../play-along/index');
export const screens = chunk<typeof import('../screens/index')>('screens.js', '../screens/index');
export const answers = chunk<typeof import('../content/en/questions')>('answers.js', '../content/en/questions');
export const answering = chunk<typeof import('../guide/answering')>('answering.js', '../guide/answering');
export const strokes = chunk<typeof import('../content/en/strokes')>('strokes.js', '../content/en/strokes');
export const companion = chunk<typeof import('../companion/index')>('companion.js', '../companion/index');

/**
 * Each language's words but English (content/<language>/index.ts), as a chunk of its own: a German
 * request loads German, and an English one nothing more. Only the languages whose locales the skill
 * speaks (SPOKEN_PACK_LOCALES) are built and listed.
 */
const LANGUAGE_PACKS: Readonly<Partial<Record<PackLanguage, () => LanguagePack>>> = {
  es: chunk<LanguagePack>('content-es.js', '../content/es/index'),
  it: chunk<LanguagePack>('content-it.js', '../content/it/index'),
  fr: chunk<LanguagePack>('content-fr.js', '../content/fr/index'),
  pt: chunk<LanguagePack>('content-pt.js', '../content/pt/index'),
  de: chunk<LanguagePack>('content-de.js', '../content/de/index'),
  nl: chunk<LanguagePack>('content-nl.js', '../content/nl/index'),
};

export function languagePack(language: PackLanguage): LanguagePack {
  const pack = LANGUAGE_PACKS[language];
  if (!pack) throw new Error(`No language pack for ${language}`);
  return pack();
}

/** The files the bundle must have beside index.js, by the module each is built from (tools/paths.ts). */
export const CHUNK_SOURCES: Readonly<Record<string, string>> = {
  'play-along.js': 'lambda/play-along/index.ts',
  'screens.js': 'lambda/screens/index.ts',
  'answers.js': 'lambda/content/en/questions.ts',
  'answering.js': 'lambda/guide/answering.ts',
  'strokes.js': 'lambda/content/en/strokes.ts',
  'companion.js': 'lambda/companion/index.ts',
  'content-nl.js': 'lambda/content/nl/index.ts',
  'content-de.js': 'lambda/content/de/index.ts',
  'content-pt.js': 'lambda/content/pt/index.ts',
  'content-fr.js': 'lambda/content/fr/index.ts',
  'content-it.js': 'lambda/content/it/index.ts',
  'content-es.js': 'lambda/content/es/index.ts',
  // ask-sdk-model's runtime (its service clients), behind lambda/lazy/ask-sdk-model.ts.
  'ask-sdk-model.js': 'node_modules/ask-sdk-model/index.js',
};

function chunk<T>(file: string, source: string): () => T {
  let loaded: T | undefined;
  return () => {
    if (loaded === undefined) {
      const bundled = path.join(__dirname, file);
      // A computed path: esbuild leaves the require alone instead of bundling the chunk into index.js.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous load on first use is the point: handlers are synchronous
      loaded = require(existsSync(bundled) ? bundled : path.join(__dirname, source)) as T;
    }
    return loaded;
  };
}
