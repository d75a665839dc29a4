import { mkdtempSync, writeFileSync } from 'fs';
import { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { POLLY_NEURAL_TAGS, toPollySsml } from '../lambda/play-along/polly-ssml';
import { MAX_SEGMENT_CHARACTERS, StepAudio, allStepAudio, stepAudio } from '../lambda/play-along/catalog';
import { presignGetObject } from '../lambda/play-along/presign';
import { s3AudioSource } from '../lambda/play-along/s3-source';
import { contentFor } from '../lambda/content';
import { SUPPORTED_LOCALES, SupportedLocale, isEnglishLocale } from '../lambda/content/locales';
import { renderAudio } from '../lambda/render/render';
import { S3Store } from '../lambda/render/s3-store';
import { ROUTINES } from '../lambda/routine/routines';
import { ROUTINE_IDS } from '../lambda/routine/types';
import { estimateTiming } from '../lambda/speech/timing';
import { EspeakSynthesizer, wavSeconds } from '../tools/audio/espeak';
import { CachedEspeak, espeakJobs } from './support/espeak';
import { FULL } from './support/full';
import { wordsPerMinuteFor } from '../lambda/speech/rates';

/**
 * Play-along audio: the Polly dialect of every step of every routine in every locale (string checks,
 * all of them, always), and the steps rendered by eSpeak NG (WebAssembly, offline) against the timing
 * estimate, into s3rver on 127.0.0.1, and fetched by the URL the skill hands Alexa.
 *
 * `npm test` renders one step of each routine in each locale (a different stroke for each routine where
 * it can be); `npm run test:full` (FULL=1) renders every step of every routine, both variants, in every
 * locale, and times the whole full routine. Either way each distinct input (eSpeak NG's voice and the
 * SSML) is rendered once per run (test/support/espeak.ts), so locales that say the same words share it.
 */

/** One step of each routine: its first stroke that no routine before it was sampled at (else its first). */
function sampleSteps(locale: SupportedLocale): StepAudio[] {
  const content = contentFor(locale);
  const taken = new Set<string>();
  return ROUTINE_IDS.map((routineId) => {
    const steps = ROUTINES[routineId].steps;
    const index = Math.max(0, steps.findIndex((step) => !taken.has(step.id)));
    taken.add(steps[index].id);
    // An opening in a first-timer's words: the full safety check, the longest text there is.
    return stepAudio(content, routineId, index, index === 0 ? 'first' : 'regular');
  });
}

/**
 * The steps eSpeak NG renders for a locale in this run: a step of every routine in English; in a
 * language pack, the first-timer's opening (the longest text), a stroke of the colic massage and the
 * bedtime settle (`npm run test:full` renders every step everywhere).
 */
const rendered = (locale: SupportedLocale): StepAudio[] => {
  if (FULL) return allStepAudio(contentFor(locale));
  const sample = sampleSteps(locale);
  return isEnglishLocale(locale) ? sample : sample.filter((step) => ['full', 'colic', 'bedtime'].includes(step.routineId));
};

const synthesizer = new CachedEspeak();
const render = (step: StepAudio) => synthesizer.synthesize(step.ssml.map(toPollySsml), step.voice, step.locale);

beforeAll(async () => {
  // Every render of the run in one batch, so the eSpeak NG processes share it out evenly.
  await synthesizer.prefetch(SUPPORTED_LOCALES.flatMap(rendered).map((step) => ({ ssml: step.ssml.map(toPollySsml), locale: step.locale })));
}, 300_000);

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the package ships no types or ES module
const S3rver = require('s3rver') as new (options: Record<string, unknown>) => { run(): Promise<AddressInfo>; close(): Promise<void> };

describe.each(SUPPORTED_LOCALES)('play-along audio for %s', (locale) => {
  const audio = allStepAudio(contentFor(locale));

  it('speaks only what Polly\'s neural voices support, in parts Polly accepts', () => {
    for (const step of audio) {
      for (const part of step.ssml) {
        expect(part.length).toBeLessThanOrEqual(MAX_SEGMENT_CHARACTERS);
        const polly = toPollySsml(part);
        // Polly bills the text, not the tags: at most 3,000 characters of it a request.
        expect(polly.replace(/<[^>]+>/g, '').length).toBeLessThanOrEqual(3000);
        expect(polly).not.toMatch(/<audio/);
        for (const [, tag] of polly.matchAll(/<\/?([a-z:-]+)/g)) expect(POLLY_NEURAL_TAGS.has(tag)).toBe(true);
        for (const [, time] of polly.matchAll(/<break time="([\d.]+)(ms|s)"/g)) expect(Number(time)).toBeLessThanOrEqual(10_000);
      }
    }
  });

  it('is the spoken guide without "say next" or the chime: the same words and pauses', () => {
    // None of the locale's "say next" lines, which only make sense between turns, and no chime.
    const { phrases, steps } = contentFor(locale);
    for (const step of audio) {
      const text = step.ssml.join('');
      expect(text).not.toMatch(/soundbank/);
      for (const goOn of phrases.goOn) expect(text).not.toContain(goOn);
    }
    const spoken = stepAudio(contentFor(locale), 'full', 9, 'regular').ssml.join('');
    expect(spoken).toContain(`<s>${steps['tummy-sun-and-moon'].name}.</s>`);
  });

  it('names each object by a hash of its words and voice: one key per distinct step', () => {
    expect(new Set(audio.map((a) => a.key)).size).toBe(audio.length);
    for (const step of audio) expect(step.key).toMatch(new RegExp(`^audio/${locale}/${step.stepId}-[0-9a-f]{16}\\.mp3$`));
  });

  it(`renders ${FULL ? 'every step' : 'a step of every routine (three in a language pack)'} with eSpeak NG, each within 20 % of the timing estimate`, async () => {
    const steps = rendered(locale);
    expect([...new Set(steps.map((step) => step.routineId))].sort()).toEqual(isEnglishLocale(locale) || FULL ? [...ROUTINE_IDS].sort() : ['bedtime', 'colic', 'full']);
    const off: string[] = [];
    for (const step of steps) {
      const seconds = wavSeconds(await render(step));
      // At the locale's speaking rate: eSpeak NG's words a minute in the language are what the rate is measured from.
      const estimate = step.ssml.reduce((sum, part) => sum + estimateTiming(part, wordsPerMinuteFor(locale)).totalSeconds, 0);
      if (Math.abs(seconds - estimate) / estimate > 0.2) off.push(`${step.routineId}/${step.stepId} (${step.variant}): ${seconds.toFixed(1)} s rendered, ${estimate.toFixed(1)} s estimated`);
    }
    expect(off).toEqual([]);
  });
});

describe('the eSpeak NG renders the suite shares', () => {
  it('hand eSpeak NG exactly what EspeakSynthesizer does, in every locale: the same voice and the same SSML', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const childProcess = require('child_process') as typeof import('child_process');
    const header = Buffer.alloc(44);
    header.write('RIFF', 0);
    const sent: unknown[] = [];
    const spy = jest.spyOn(childProcess, 'execFileSync').mockImplementation((_file, _args, options) => {
      const jobs = JSON.parse(String((options as { input: string }).input)) as { ssml: string; voice: string; out: string }[];
      sent.push(jobs.map(({ ssml, voice }) => ({ ssml, voice })));
      for (const job of jobs) writeFileSync(job.out, header);
      return Buffer.alloc(0);
    });
    const step = stepAudio(contentFor('en-US'), 'full', 0, 'first');
    const ssml = [...step.ssml, ...step.ssml].map(toPollySsml); // two parts, as a long step has
    try {
      for (const locale of SUPPORTED_LOCALES) await new EspeakSynthesizer().synthesize(ssml, step.voice, locale);
    } finally {
      spy.mockRestore();
    }
    expect(sent).toEqual(SUPPORTED_LOCALES.map((locale) => espeakJobs(ssml, locale)));
  });

  it('are byte for byte what EspeakSynthesizer renders', async () => {
    const step = sampleSteps('en-US').reduce((a, b) => (a.ssml.join('').length <= b.ssml.join('').length ? a : b));
    const ssml = step.ssml.map(toPollySsml);
    expect((await new EspeakSynthesizer().synthesize(ssml, step.voice, step.locale)).equals(await render(step))).toBe(true);
  });

  it('render each distinct input once: locales with the same words and eSpeak NG voice share one', () => {
    const distinct = new Set(SUPPORTED_LOCALES.flatMap(rendered).map((step) => JSON.stringify(espeakJobs(step.ssml.map(toPollySsml), step.locale))));
    expect(synthesizer.rendered).toBe(distinct.size);
    expect(synthesizer.rendered).toBeLessThan(SUPPORTED_LOCALES.flatMap(rendered).length);
  });
});

describe('rendering and serving, against s3rver on 127.0.0.1 with eSpeak NG', () => {
  let server: InstanceType<typeof S3rver>;
  let endpoint: string;
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  beforeAll(async () => {
    server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: mkdtempSync(path.join(os.tmpdir(), 'bm-s3-')), configureBuckets: [{ name: 'audio-bucket' }] });
    const { port } = await server.run();
    endpoint = `http://127.0.0.1:${port}`;
  });
  afterAll(() => server.close());

  it('renders the steps into the bucket, skips unchanged ones next time, and the URL the skill hands Alexa fetches them', async () => {
    const store = new S3Store({ bucket: 'audio-bucket', endpoint, region: 'us-east-1', credentials });
    const sample = sampleSteps('en-GB');
    const keys = new Set(sample.map((step) => step.key));
    const only = (a: StepAudio) => keys.has(a.key);
    const first = await renderAudio({ synthesizer, store, locales: ['en-GB'], only });
    expect(first).toMatchObject({ rendered: keys.size, skipped: 0 });
    const again = await renderAudio({ synthesizer, store, locales: ['en-GB'], only });
    expect(again).toEqual({ rendered: 0, skipped: first.rendered, bytes: 0 });

    const step = sample.find((s) => s.routineId === 'quick')!;
    const source = s3AudioSource({ AUDIO_BUCKET: 'audio-bucket', AUDIO_ENDPOINT: endpoint, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' })!;
    const url = source.urlFor(step.key.replace(/\.mp3$/, '.wav'));
    expect(url).toMatch(/X-Amz-Signature=[0-9a-f]{64}$/);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(0, 4).toString()).toBe('RIFF');
    expect(wavSeconds(body)).toBeGreaterThan(20);
    expect(body.equals(await render(step))).toBe(true);
  }, 60_000);

  it('signs exactly as @aws-sdk/s3-request-presigner does', async () => {
    const { S3Client, GetObjectCommand } = await import('@aws-sdk/client-s3');
    const { getSignedUrl } = await import('@aws-sdk/s3-request-presigner');
    const now = new Date('2026-11-24T19:30:00Z');
    const session = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: 'token/with+chars==' };
    const tidy = (url: string) => {
      const parsed = new URL(url);
      return `${parsed.origin}${parsed.pathname}?${[...parsed.searchParams].map(([k, v]) => `${k}=${v}`).sort().join('&')}`;
    };
    for (const [client, extra] of [
      [new S3Client({ region: 'eu-west-1', credentials: session }), {}],
      [new S3Client({ region: 'eu-west-1', credentials: session, endpoint, forcePathStyle: true }), { endpoint }],
    ] as const) {
      const key = 'audio/en-GB/tummy-sun-and-moon-0123456789abcdef.mp3';
      const theirs = await getSignedUrl(client, new GetObjectCommand({ Bucket: 'audio-bucket', Key: key }), { expiresIn: 3600, signingDate: now });
      const ours = presignGetObject({ bucket: 'audio-bucket', key, region: 'eu-west-1', credentials: session, expiresSeconds: 3600, now, ...extra });
      expect(tidy(ours)).toBe(tidy(theirs));
    }
  });

  (FULL ? it : it.skip)('the full routine, rendered step by step, lasts more than a quarter of an hour (FULL=1)', async () => {
    let total = 0;
    for (let i = 0; i < ROUTINES.full.steps.length; i++) total += wavSeconds(await render(stepAudio(contentFor('en-US'), 'full', i, 'regular')));
    expect(total / 60).toBeGreaterThan(15);
  }, 120_000);
});
