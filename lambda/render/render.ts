import { StepAudio, allStepAudio } from '../play-along/catalog';
import { toPollySsml } from '../play-along/polly-ssml';
import { contentFor } from '../content';
import { SUPPORTED_LOCALES, SupportedLocale } from '../content/locales';
import { ObjectStore, Synthesizer } from './synthesizer';

export interface RenderReport {
  readonly rendered: number;
  readonly skipped: number;
  readonly bytes: number;
}

export interface RenderOptions {
  readonly synthesizer: Synthesizer;
  readonly store: ObjectStore;
  readonly locales?: readonly SupportedLocale[];
  /** Steps rendered at once (Polly allows a few concurrent requests per account). @default 4 */
  readonly concurrency?: number;
  /** Renders only the steps this keeps (tests and local previews render a few). @default all */
  readonly only?: (audio: StepAudio) => boolean;
  /** Called with each object key as it is written (progress for a long first render). */
  readonly onRendered?: (key: string, bytes: number) => void;
}

/**
 * Renders every step of every routine in every locale that is not in the store yet. Keys carry a
 * hash of the words and the voice (audio/catalog.ts), so only changed steps are rendered again and
 * an unchanged deployment renders nothing.
 */
export async function renderAudio(options: RenderOptions): Promise<RenderReport> {
  const { synthesizer, store } = options;
  const jobs = (options.locales ?? SUPPORTED_LOCALES).flatMap((locale) => allStepAudio(contentFor(locale))).filter(options.only ?? (() => true));
  let rendered = 0;
  let skipped = 0;
  let bytes = 0;
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const key = synthesizer.format === 'mp3' ? job.key : job.key.replace(/\.mp3$/, `.${synthesizer.format}`);
      if (await store.exists(key)) {
        skipped++;
        continue;
      }
      const audio = await synthesizer.synthesize(job.ssml.map(toPollySsml), job.voice, job.locale);
      await store.put(key, audio, synthesizer.contentType);
      rendered++;
      bytes += audio.length;
      options.onRendered?.(key, audio.length);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  return { rendered, skipped, bytes };
}
