import fc from 'fast-check';
import { RequestEnvelope } from 'ask-sdk-model';
import { buildSkill } from '../../lambda/skill';
import { silentLogger } from '../../lambda/logging/logger';
import { loadModel } from '../alexa/resolver';
import { readStoredState } from '../../lambda/storage/stored-state';
import { problemsWith } from './check';
import { fuzzCases } from './envelopes';

/**
 * Property: whatever arrives, the skill answers without throwing, with a reply Alexa accepts for that
 * request, and stores only what it can read back. Each case (a request, or a request then Alexa's
 * reports and button presses) runs against a fresh in-memory store pre-seeded with the case's stored
 * state.
 * Seeded, so a failure reproduces with the same seed and path.
 */
export async function fuzz(runs: number, seed: number, locale = 'en-US'): Promise<void> {
  const items = new Map<string, Record<string, unknown>>();
  const store = {
    async getAttributes(envelope: RequestEnvelope) {
      const id = envelope.context?.System?.user?.userId ?? 'none';
      return structuredClone(items.get(id) ?? {}) as Record<string, unknown>;
    },
    async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>) {
      items.set(envelope.context?.System?.user?.userId ?? 'none', structuredClone(attributes));
    },
  };
  // With play-along audio deployed, so that Play directives are within reach.
  const audio = { urlFor: (key: string) => `https://audio.example.com/${key}` };
  const skill = buildSkill({ persistence: store, logger: silentLogger, audio, now: () => new Date('2026-11-24T19:30:00Z') });
  await fc.assert(
    fc.asyncProperty(fuzzCases(loadModel(locale)), async ({ envelopes, stored }) => {
      items.clear();
      const id = envelopes[0].context?.System?.user?.userId;
      if (id && stored !== undefined && typeof stored === 'object' && stored !== null) items.set(id, stored as Record<string, unknown>);
      for (const [index, envelope] of envelopes.entries()) {
        const reply = await skill.invoke(envelope);
        const problems = await problemsWith(envelope, reply);
        if (problems.length > 0) throw new Error(`request ${index + 1} of ${envelopes.length} (${String(envelope.request?.type)}): ${problems.join('; ')}`);
        // Whatever the skill stores, it reads back as this release's state.
        const kept = id ? items.get(id) : undefined;
        if (kept !== undefined && kept !== stored && readStoredState(kept).problem) throw new Error(`stored state it cannot read back: ${JSON.stringify(kept).slice(0, 300)}`);
      }
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );
}

if (require.main === module) {
  const runs = Number(process.env.FUZZ_RUNS ?? 20_000);
  const seed = Number(process.env.FUZZ_SEED ?? 20261124);
  const started = Date.now();
  fuzz(runs, seed).then(
    () => console.log(`${runs} generated cases (a request, or one followed by up to four of Alexa's reports and button presses; seed ${seed}): every reply valid for its request type, every Play inside its step, in ${((Date.now() - started) / 1000).toFixed(1)} s`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
