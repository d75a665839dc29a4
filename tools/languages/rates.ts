import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { wavSeconds } from '../audio/espeak';
import { PASSAGES, wordCount } from './passages';
import { LANGUAGE_LOCALES } from './locales';

/**
 * How fast eSpeak NG says each language, against English: words a minute over the same three passages
 * (tools/languages/passages.ts), and each language's ratio to English with its spread over the passages.
 * The timing estimate for a language is the English rate calibrated for Alexa (160 words a minute,
 * lambda/speech/timing.ts) times this ratio. `npx tsx tools/languages/rates.ts` prints the table that
 * `LANGUAGE_LOCALES` records.
 */
export interface LanguageRate {
  readonly language: string;
  readonly voice: string;
  /** eSpeak NG's words a minute, per passage. */
  readonly wordsPerMinute: readonly number[];
  /** Against English, passage by passage, and their mean. */
  readonly ratios: readonly number[];
  readonly ratio: number;
}

export function measureRates(only?: readonly string[]): LanguageRate[] {
  const languages = [['en', 'en-us'], ...Object.values(LANGUAGE_LOCALES).filter((l) => !only || only.includes(l.espeakVoice)).map((l) => [l.language, l.espeakVoice])];
  const unique = [...new Map(languages.map(([language, voice]) => [`${language}|${voice}`, [language, voice]])).values()];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bm-rates-'));
  try {
    // Punctuation out: its pauses differ with how each passage happens to be cut into sentences, and the
    // skill's own pauses are counted apart (breaks in its SSML). What is compared is the speaking itself.
    const jobs = unique.flatMap(([language, voice]) => PASSAGES[language].map((text, i) => ({ ssml: `<speak>${text.replace(/[.,:;!?]/g, ' ')}</speak>`, voice, out: path.join(dir, `${voice}-${i}.wav`) })));
    execFileSync(process.execPath, [path.join(__dirname, '..', 'audio', 'espeak-render.mjs')], { input: JSON.stringify(jobs), cwd: dir, stdio: ['pipe', 'ignore', 'inherit'] });
    const wpm = (language: string, voice: string) => PASSAGES[language].map((text, i) => (wordCount(text) / wavSeconds(readFileSync(path.join(dir, `${voice}-${i}.wav`)))) * 60);
    const english = wpm('en', 'en-us');
    return unique.map(([language, voice]) => {
      const rates = wpm(language, voice);
      const ratios = rates.map((r, i) => r / english[i]);
      return { language, voice, wordsPerMinute: rates, ratios, ratio: ratios.reduce((a, b) => a + b, 0) / ratios.length };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  for (const rate of measureRates()) {
    const spread = Math.max(...rate.ratios) - Math.min(...rate.ratios);
    console.log(`${rate.language.padEnd(3)} ${rate.voice.padEnd(7)} ${rate.wordsPerMinute.map((w) => w.toFixed(0).padStart(4)).join(' ')} wpm  ratio ${rate.ratio.toFixed(3)} (passages ${rate.ratios.map((r) => r.toFixed(3)).join(', ')}; spread ${spread.toFixed(3)})`);
  }
}
