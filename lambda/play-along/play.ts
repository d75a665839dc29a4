import type { interfaces } from 'ask-sdk-model';
import { Content } from '../content/types';
import { ROUTINES, indexOf, isRoutineId } from '../routine/routines';
import { MAX_STEP_AUDIO_MS, RoutineId } from '../routine/types';
import { nearestStep } from '../storage/stored-state';
import { Variant, stepAudio } from './catalog';

/** Where play-along audio is fetched from: a URL Alexa can stream for an object key. */
export interface AudioSource {
  urlFor(key: string): string;
}

/** What an AudioPlayer token names: the routine, the step, the variant and the content version. */
export interface AudioToken {
  readonly routineId: RoutineId;
  readonly stepId: string;
  readonly stepIndex: number;
  readonly variant: Variant;
  readonly version: string;
  /** The token named a step this release no longer has: it stands for the nearest one (as stored state does). */
  readonly moved?: true;
}

const TOKEN = /^bm1:([a-z-]{1,20}):([a-z0-9-]{1,64}):(first|regular):([0-9a-f]{16})$/;

export function tokenOf(routineId: RoutineId, stepId: string, variant: Variant, version: string): string {
  return `bm1:${routineId}:${stepId}:${variant}:${version}`;
}

/**
 * A token this skill issued, or undefined. A step this release no longer has maps to the nearest one,
 * by the rule stored state follows (lambda/storage/stored-state.ts), marked `moved`.
 */
export function readToken(token: unknown): AudioToken | undefined {
  const match = typeof token === 'string' ? TOKEN.exec(token) : null;
  if (!match || !isRoutineId(match[1])) return undefined;
  const routine = ROUTINES[match[1]];
  const stepId = nearestStep(match[1], match[2]);
  const stepIndex = indexOf(routine, stepId);
  return { routineId: match[1], stepId, stepIndex, variant: match[3] as Variant, version: match[4], ...(stepId !== match[2] ? { moved: true as const } : {}) };
}

/**
 * A second in this token's step as Alexa reported it, if it is one: a whole, non-negative number within
 * the step's audio, from audio of this release's words (the offset into other words means nothing
 * here). Anything else is the step's start.
 */
export function offsetInStep(content: Content, token: AudioToken, reported: unknown): number {
  if (typeof reported !== 'number' || !Number.isFinite(reported) || reported < 0 || token.moved) return 0;
  const audio = stepAudio(content, token.routineId, token.stepIndex, token.variant);
  if (audio.version !== token.version) return 0;
  return offsetWithin(Math.trunc(reported), audio.lengthMs);
}

/** An offset within a step of `lengthMs`, or its start. */
export function offsetWithin(offsetMs: number, lengthMs: number): number {
  return Number.isSafeInteger(offsetMs) && offsetMs >= 0 && offsetMs < Math.min(lengthMs, MAX_STEP_AUDIO_MS) ? offsetMs : 0;
}

export type PlayBehavior = 'REPLACE_ALL' | 'ENQUEUE';

/**
 * The Play directive for one step of a routine. REPLACE_ALL starts it now (from `offsetMs`, where a
 * paused step left off); ENQUEUE queues it after the step playing now, which Alexa accepts only with
 * that step's token as `expectedPreviousToken`.
 */
export function playStep(
  content: Content,
  source: AudioSource,
  routineId: RoutineId,
  stepIndex: number,
  variant: Variant,
  behavior: PlayBehavior,
  offsetMs = 0,
  expectedPreviousToken?: string,
): interfaces.audioplayer.PlayDirective {
  const audio = stepAudio(content, routineId, stepIndex, variant);
  // Never a second outside the step, whatever was stored or reported.
  const from = offsetWithin(offsetMs, audio.lengthMs);
  return {
    type: 'AudioPlayer.Play',
    playBehavior: behavior,
    audioItem: {
      stream: {
        url: source.urlFor(audio.key),
        token: tokenOf(routineId, audio.stepId, variant, audio.version),
        offsetInMilliseconds: from,
        ...(behavior === 'ENQUEUE' && expectedPreviousToken ? { expectedPreviousToken } : {}),
      },
    },
  };
}
