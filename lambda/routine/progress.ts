import { ROUTINES, indexOf } from './routines';
import { RoutineState } from './types';

/** Where a routine stands, as the guide decides what to offer. */

/** How long a break makes the one-line check worth saying again: long enough for a feed to matter. */
export const LONG_BREAK_MS = 60 * 60 * 1000;

/** The routine stopped (paused, or its session closed) an hour or more before `now`. */
export function isAfterLongBreak(routine: RoutineState | undefined, now: Date): boolean {
  if (!routine?.pausedAt) return false;
  return now.getTime() - Date.parse(routine.pausedAt) >= LONG_BREAK_MS;
}

/** A routine under way: started, not finished. */
export function isResumable(routine: RoutineState | undefined): routine is RoutineState {
  return routine !== undefined && routine.status !== 'finished';
}

/** A place worth offering in a later session: under way and past the routine's first step. */
export function isWorthOffering(routine: RoutineState | undefined): routine is RoutineState {
  return isResumable(routine) && indexOf(ROUTINES[routine.routineId], routine.stepId) > 0;
}
