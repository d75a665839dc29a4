import fc from 'fast-check';
import { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildSkill } from '../../lambda/skill';
import { silentLogger } from '../../lambda/logging/logger';
import { loadModel } from '../alexa/resolver';
import { readStoredState } from '../../lambda/storage/stored-state';
import { readToken } from '../../lambda/play-along/play';
import { maxOffsetFor, problemsWith } from './check';
import { PLAYING_TOKEN, SAME_SESSION, fractionOf, fuzzCases } from './envelopes';

/** The audio on the device, as the skill's replies and Alexa's reports left it: what later requests report. */
interface Player {
  token?: unknown;
  queued?: string;
}

/** The session the skill's last reply left open, as Alexa carries it to the next request. */
interface OpenSession {
  readonly sessionId: string;
  readonly attributes: Record<string, unknown>;
}

/** A SAME_SESSION marker becomes the open session with its attributes, or a new session if none is open. */
function inSession(envelope: RequestEnvelope, open: OpenSession | undefined): RequestEnvelope {
  if (envelope.session?.sessionId !== SAME_SESSION) return envelope;
  const session = open ? { ...envelope.session, new: false, ...open } : { ...envelope.session, new: true, sessionId: 'amzn1.echo-api.session.fuzz-next', attributes: {} };
  return { ...envelope, session };
}

/** A Play directive's stream, as far as the device follows it. */
interface Played {
  type: string;
  playBehavior?: string;
  audioItem?: { stream?: { token?: string } };
}

/**
 * The envelope as the device sends it: PLAYING_TOKEN becomes the token it plays, and an offsetAt
 * marker that fraction of the playing step's length (of a minute for audio that is not ours).
 */
export function sentWith(envelope: RequestEnvelope, player: Player): RequestEnvelope {
  const token = player.token;
  const read = readToken(token);
  const length = read ? maxOffsetFor(read, (envelope.request as { locale?: unknown }).locale) : 60_000;
  const fill = (holder: Record<string, unknown> | undefined) => {
    if (!holder) return;
    if (holder.token === PLAYING_TOKEN) holder.token = token;
    const fraction = fractionOf(holder.offsetInMilliseconds);
    if (fraction !== undefined) holder.offsetInMilliseconds = Math.round(fraction * length);
  };
  const sent = { ...envelope, request: { ...envelope.request }, ...(envelope.context ? { context: { ...envelope.context } } : {}) } as RequestEnvelope;
  const request = sent.request as unknown as Record<string, unknown>;
  fill(request);
  const state = request.currentPlaybackState;
  if (typeof state === 'object' && state !== null && !Array.isArray(state)) fill((request.currentPlaybackState = { ...state }) as Record<string, unknown>);
  if (sent.context?.AudioPlayer) fill((sent.context.AudioPlayer = { ...sent.context.AudioPlayer }) as unknown as Record<string, unknown>);
  return sent;
}

/** The device after a request and its reply: it plays what the skill said to play, and moves on to what was queued. */
function played(player: Player, envelope: RequestEnvelope, reply: ResponseEnvelope): Player {
  let next = player;
  if (envelope.request.type === 'AudioPlayer.PlaybackFinished' && (envelope.request as { token?: unknown }).token === player.token) next = { token: player.queued ?? player.token };
  for (const directive of (reply.response?.directives ?? []) as Played[]) {
    const streamed = directive.audioItem?.stream?.token;
    if (directive.type === 'AudioPlayer.ClearQueue') next = { token: next.token };
    if (directive.type !== 'AudioPlayer.Play' || streamed === undefined) continue;
    next = directive.playBehavior === 'REPLACE_ALL' ? { token: streamed } : { token: next.token, queued: streamed };
  }
  return next;
}

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
      // Unless the first request's session says the skill already loaded the store (its memo, trusted as its own).
      const memo = (envelopes[0].session?.attributes as { loaded?: unknown } | undefined)?.loaded === true;
      const newer = id !== undefined && items.has(id) && !memo && readStoredState(stored).newer === true;
      let player: Player = { token: envelopes[0].context?.AudioPlayer?.token };
      let open: OpenSession | undefined;
      for (const [index, generated] of envelopes.entries()) {
        const envelope = inSession(sentWith(generated, player), open);
        const reply = await skill.invoke(envelope);
        player = played(player, envelope, reply);
        open = envelope.session && reply.response?.shouldEndSession === false ? { sessionId: envelope.session.sessionId, attributes: reply.sessionAttributes ?? {} } : undefined;
        const problems = await problemsWith(envelope, reply);
        if (problems.length > 0) throw new Error(`request ${index + 1} of ${envelopes.length} (${String(envelope.request?.type)}): ${problems.join('; ')}`);
        // Whatever the skill stores, it reads back as this release's state.
        const kept = id ? items.get(id) : undefined;
        if (kept !== undefined && kept !== stored && readStoredState(kept).problem) throw new Error(`stored state it cannot read back: ${JSON.stringify(kept).slice(0, 300)}`);
        // A newer release's state is left as it is: a rollback must not reset parents.
        if (newer && kept !== stored) throw new Error(`saved over a newer release's state: ${JSON.stringify(kept).slice(0, 300)}`);
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
    () => console.log(`${runs} generated cases (a request, or a sequence of 2 to 6 with Alexa's reports, buttons, touches and words to the audio; seed ${seed}): every reply valid for its request type, every Play inside its step, in ${((Date.now() - started) / 1000).toFixed(1)} s`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
