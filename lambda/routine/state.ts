import { ROUTINES, isRoutineId } from './routines';
import { RoutineState, RoutineStatus } from './types';

/**
 * Version of the stored shape. Bump it when the shape changes; anything stored under another version
 * is treated as outdated and the parent is offered a fresh start rather than a crash.
 */
export const STATE_VERSION = 1;

/** What the persistence adapter holds for one user. */
export interface StoredState {
  readonly version: number;
  readonly routine?: RoutineState;
  readonly updatedAt?: string;
}

/** Why stored state could not be used as it was. */
export type StateProblem = 'corrupt' | 'outdated' | 'unknown-routine' | 'out-of-range';

export interface ReadState {
  readonly routine?: RoutineState;
  readonly problem?: StateProblem;
}

const STATUSES: readonly RoutineStatus[] = ['in-progress', 'paused', 'finished'];

/**
 * Reads whatever the store (or a session) handed back and returns a routine state that fits the
 * current content, or none, with the reason it was dropped. Empty input is a new user, not a problem.
 */
export function readStoredState(raw: unknown): ReadState {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) return { problem: 'corrupt' };
  const stored = raw as Record<string, unknown>;
  if (Object.keys(stored).length === 0) return {};
  if (stored.version !== STATE_VERSION) return { problem: typeof stored.version === 'number' ? 'outdated' : 'corrupt' };
  if (stored.routine === undefined) return {};
  return readRoutineState(stored.routine);
}

/** Validates a routine state on its own (session attributes carry it too). */
export function readRoutineState(raw: unknown): ReadState {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { problem: 'corrupt' };
  const candidate = raw as Record<string, unknown>;
  if (!isRoutineId(candidate.routineId)) {
    return { problem: typeof candidate.routineId === 'string' ? 'unknown-routine' : 'corrupt' };
  }
  const { stepIndex, status, pausedAt } = candidate;
  if (typeof stepIndex !== 'number' || !Number.isInteger(stepIndex) || stepIndex < 0) return { problem: 'corrupt' };
  if (!STATUSES.includes(status as RoutineStatus)) return { problem: 'corrupt' };
  if (pausedAt !== undefined && typeof pausedAt !== 'string') return { problem: 'corrupt' };
  if (stepIndex >= ROUTINES[candidate.routineId].steps.length) return { problem: 'out-of-range' };
  return {
    routine: {
      routineId: candidate.routineId,
      stepIndex,
      status: status as RoutineStatus,
      ...(pausedAt !== undefined ? { pausedAt } : {}),
    },
  };
}

export function toStoredState(routine: RoutineState | undefined, now: Date): StoredState {
  return { version: STATE_VERSION, ...(routine ? { routine } : {}), updatedAt: now.toISOString() };
}

/** A routine under way: started, not finished. */
export function isResumable(routine: RoutineState | undefined): routine is RoutineState {
  return routine !== undefined && routine.status !== 'finished';
}

/** A place worth offering in a later session: under way and past the opening (else just begin again). */
export function isWorthOffering(routine: RoutineState | undefined): routine is RoutineState {
  return isResumable(routine) && routine.stepIndex > 0;
}
