import { mkdtempSync } from 'fs';
import { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { POLLY_NEURAL_TAGS, toPollySsml } from '../lambda/play-along/polly-ssml';
import { MAX_SEGMENT_CHARACTERS, allStepAudio, stepAudio } from '../lambda/play-along/catalog';
import { presignGetObject } from '../lambda/play-along/presign';
import { s3AudioSource } from '../lambda/play-along/s3-source';
import { contentFor } from '../lambda/content';
import { SUPPORTED_LOCALES } from '../lambda/content/locales';
import { renderAudio } from '../lambda/render/render';
import { S3Store } from '../lambda/render/s3-store';
import { ROUTINES } from '../lambda/routine/routines';
import { estimateTiming } from '../lambda/speech/timing';
import { EspeakSynthesizer, wavSeconds } from '../tools/audio/espeak';

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
    for (const step of audio) expect(step.ssml.join('')).not.toMatch(/say next|soundbank/i);
    const spoken = stepAudio(contentFor(locale), 'full', 9, 'regular').ssml.join('');
    expect(spoken).toContain('<s>Sun and moon.</s>');
  });

  it('names each object by a hash of its words and voice: one key per distinct step', () => {
    expect(new Set(audio.map((a) => a.key)).size).toBe(audio.length);
    for (const step of audio) expect(step.key).toMatch(new RegExp(`^audio/${locale}/${step.stepId}-[0-9a-f]{16}\\.mp3$`));
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
    const synthesizer = new EspeakSynthesizer();
    const quick = (a: { stepId: string; variant: string }) => a.variant === 'regular' && ROUTINES.quick.steps.some((s) => s.id === a.stepId);
    const first = await renderAudio({ synthesizer, store, locales: ['en-GB'], only: quick });
    expect(first.rendered).toBeGreaterThanOrEqual(6);
    expect(first.skipped).toBe(0);
    const again = await renderAudio({ synthesizer, store, locales: ['en-GB'], only: quick });
    expect(again).toEqual({ rendered: 0, skipped: first.rendered, bytes: 0 });

    const step = stepAudio(contentFor('en-GB'), 'quick', 1, 'regular');
    const source = s3AudioSource({ AUDIO_BUCKET: 'audio-bucket', AUDIO_ENDPOINT: endpoint, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' })!;
    const url = source.urlFor(step.key.replace(/\.mp3$/, '.wav'));
    expect(url).toMatch(/X-Amz-Signature=[0-9a-f]{64}$/);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(0, 4).toString()).toBe('RIFF');
    expect(wavSeconds(body)).toBeGreaterThan(20);
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

  it('renders each step of the full routine within 20 % of the timing estimate', async () => {
    const synthesizer = new EspeakSynthesizer();
    const content = contentFor('en-US');
    const off: string[] = [];
    let total = 0;
    for (let i = 0; i < ROUTINES.full.steps.length; i++) {
      const step = stepAudio(content, 'full', i, 'regular');
      const seconds = wavSeconds(await synthesizer.synthesize(step.ssml.map(toPollySsml), step.voice, 'en-US'));
      const estimate = step.ssml.reduce((sum, part) => sum + estimateTiming(part).totalSeconds, 0);
      total += seconds;
      if (Math.abs(seconds - estimate) / estimate > 0.2) off.push(`${step.stepId}: ${seconds.toFixed(1)} s rendered, ${estimate.toFixed(1)} s estimated`);
    }
    expect(off).toEqual([]);
    expect(total / 60).toBeGreaterThan(15);
  }, 90_000);
});
