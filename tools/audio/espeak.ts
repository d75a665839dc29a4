import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Synthesizer } from '../../lambda/render/synthesizer';
import type { PackLocale } from '../../lambda/content/locales';
import { LANGUAGE_LOCALES } from '../languages/locales';

/** eSpeak NG's voice for each English locale; the other languages' are in tools/languages/locales.ts. */
const ENGLISH_VOICES: Readonly<Record<string, string>> = { 'en-US': 'en-us', 'en-CA': 'en-us', 'en-GB': 'en-gb', 'en-AU': 'en-gb', 'en-IN': 'en-gb' };

/** eSpeak NG's voice for a locale (American English for one it does not know). */
export function espeakVoiceFor(locale: string): string {
  return ENGLISH_VOICES[locale] ?? LANGUAGE_LOCALES[locale as PackLocale]?.espeakVoice ?? 'en-us';
}

/**
 * eSpeak NG (the npm package, WebAssembly, GPL: a devDependency, never in a Lambda bundle) as a
 * synthesizer: offline WAVs for tests and for listening locally (`npm start -- --audio DIR`).
 */
export class EspeakSynthesizer implements Synthesizer {
  readonly format = 'wav' as const;
  readonly contentType = 'audio/wav';

  async synthesize(ssml: readonly string[], _voice: string, locale: string): Promise<Buffer> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bm-espeak-'));
    try {
      const jobs = ssml.map((text, i) => ({ ssml: oneBreakPerPause(text), voice: espeakVoiceFor(locale), out: path.join(dir, `${i}.wav`) }));
      execFileSync(process.execPath, [path.join(__dirname, 'espeak-render.mjs')], { input: JSON.stringify(jobs), cwd: dir, stdio: ['pipe', 'ignore', 'inherit'] });
      return joinWavs(jobs.map((job) => readFileSync(job.out)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/**
 * eSpeak NG keeps only the first of breaks in a row, which is how Alexa and Polly are given a pause
 * over 10 s; it takes one long break as it is, so a chain becomes one break of the same length.
 */
export function oneBreakPerPause(ssml: string): string {
  return ssml.replace(/(?:<break time="[\d.]+(?:ms|s)"\/>(?:<mark name="[^"]*"\/>)?){2,}/g, (chain) => {
    const ms = [...chain.matchAll(/<break time="([\d.]+)(ms|s)"\/>/g)].reduce((sum, [, n, unit]) => sum + Number(n) * (unit === 's' ? 1000 : 1), 0);
    return `<break time="${Math.round(ms)}ms"/>`;
  });
}

/** One WAV from several of the same format: the first header, all the samples. */
export function joinWavs(wavs: readonly Buffer[]): Buffer {
  if (wavs.length === 1) return wavs[0];
  const data = Buffer.concat(wavs.map((wav) => wav.subarray(44)));
  const header = Buffer.from(wavs[0].subarray(0, 44));
  header.writeUInt32LE(36 + data.length, 4);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** Seconds of audio in a PCM WAV, from its header. */
export function wavSeconds(wav: Buffer): number {
  const byteRate = wav.readUInt32LE(28);
  const dataBytes = wav.readUInt32LE(40);
  return dataBytes / byteRate;
}
