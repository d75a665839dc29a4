import { spawn } from 'child_process';
import { createHash } from 'crypto';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Synthesizer } from '../../lambda/render/synthesizer';
import { espeakVoiceFor, joinWavs, oneBreakPerPause } from '../../tools/audio/espeak';

/** tools/audio/espeak-render.mjs with the WebAssembly compiled once per process: the same WAVs, byte for byte. */
const RENDERER = path.join(__dirname, 'espeak-batch.mjs');


/**
 * What eSpeak NG is given for one step: one job per SSML part, as EspeakSynthesizer makes them, in the
 * locale's voice as tools/audio/espeak.ts picks it (test/audio-render.test.ts checks they are the same).
 */
export function espeakJobs(ssml: readonly string[], locale: string): { ssml: string; voice: string }[] {
  return ssml.map((text) => ({ ssml: oneBreakPerPause(text), voice: espeakVoiceFor(locale) }));
}

/**
 * EspeakSynthesizer's output, with each distinct input rendered once per run. The key is a hash of what
 * eSpeak NG is actually given (its voice and the SSML), so en-US and en-CA, or en-GB, en-AU and en-IN,
 * share a render wherever their words are the same. `prefetch` renders many steps at once: one eSpeak NG
 * process per core, each taking its share of the jobs and compiling the WebAssembly once (starting a
 * process and compiling cost more than speaking most steps), instead of a process per step.
 */
export class CachedEspeak implements Synthesizer {
  readonly format = 'wav' as const;
  readonly contentType = 'audio/wav';
  /** Distinct steps rendered so far (for the suite to report and check). */
  rendered = 0;
  private readonly cache = new Map<string, Promise<Buffer>>();

  async synthesize(ssml: readonly string[], _voice: string, locale: string): Promise<Buffer> {
    await this.prefetch([{ ssml, locale }]);
    return this.cache.get(keyOf(ssml, locale))!;
  }

  /** Renders every step given that is not rendered yet, in parallel processes. */
  async prefetch(steps: readonly { ssml: readonly string[]; locale: string }[]): Promise<void> {
    const todo = new Map<string, { ssml: string; voice: string }[]>();
    for (const { ssml, locale } of steps) {
      const key = keyOf(ssml, locale);
      if (!this.cache.has(key) && !todo.has(key)) todo.set(key, espeakJobs(ssml, locale));
    }
    if (!todo.size) return;
    this.rendered += todo.size;
    const parts = [...todo.values()].flat();
    const done = renderJobs(parts);
    let offset = 0;
    for (const [key, jobs] of todo) {
      const start = offset;
      offset += jobs.length;
      this.cache.set(key, done.then((wavs) => joinWavs(wavs.slice(start, start + jobs.length))));
    }
    await done;
  }
}

function keyOf(ssml: readonly string[], locale: string): string {
  return createHash('sha256').update(JSON.stringify(espeakJobs(ssml, locale))).digest('hex');
}

/** Renders the jobs with eSpeak NG, spread over up to one process per core; WAVs in order. */
async function renderJobs(jobs: readonly { ssml: string; voice: string }[]): Promise<Buffer[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bm-espeak-'));
  try {
    const files = jobs.map((job, i) => ({ ...job, out: path.join(dir, `${i}.wav`) }));
    const processes = Math.max(1, Math.min(os.availableParallelism(), 4, files.length));
    // Longest first, each to the least loaded process: the shares take about as long as each other.
    const shares: (typeof files)[] = Array.from({ length: processes }, () => []);
    const load = new Array<number>(processes).fill(0);
    for (const file of [...files].sort((a, b) => b.ssml.length - a.ssml.length)) {
      const lightest = load.indexOf(Math.min(...load));
      shares[lightest].push(file);
      load[lightest] += 2500 + file.ssml.length; // each job starts eSpeak NG afresh (about 2,500 characters' worth), then speaks
    }
    await Promise.all(shares.filter((share) => share.length).map((share) => runRenderer(share, dir)));
    return files.map((file) => readFileSync(file.out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runRenderer(jobs: readonly { ssml: string; voice: string; out: string }[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [RENDERER], { cwd, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`eSpeak NG exited with ${code}: ${stderr.slice(0, 500)}`))));
    child.stdin.end(JSON.stringify(jobs));
  });
}
