import type { interfaces } from 'ask-sdk-model';
import { Content } from '../content/types';
import { ROUTINES, indexOf, isRoutineId } from '../routine/routines';
import { RoutineId } from '../routine/types';
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
}

const TOKEN = /^bm1:([a-z-]{1,20}):([a-z0-9-]{1,64}):(first|regular):([0-9a-f]{16})$/;

export function tokenOf(routineId: RoutineId, stepId: string, variant: Variant, version: string): string {
  return `bm1:${routineId}:${stepId}:${variant}:${version}`;
}

/** A token this skill issued, for a step that still exists; anything else is not ours. */
export function readToken(token: unknown): AudioToken | undefined {
  const match = typeof token === 'string' ? TOKEN.exec(token) : null;
  if (!match || !isRoutineId(match[1])) return undefined;
  const stepIndex = indexOf(ROUTINES[match[1]], match[2]);
  if (stepIndex < 0) return undefined;
  return { routineId: match[1], stepId: match[2], stepIndex, variant: match[3] as Variant, version: match[4] };
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
  return {
    type: 'AudioPlayer.Play',
    playBehavior: behavior,
    audioItem: {
      stream: {
        url: source.urlFor(audio.key),
        token: tokenOf(routineId, audio.stepId, variant, audio.version),
        offsetInMilliseconds: offsetMs,
        ...(behavior === 'ENQUEUE' && expectedPreviousToken ? { expectedPreviousToken } : {}),
      },
    },
  };
}
