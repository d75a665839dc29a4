import { ROUTINES } from './routines';
import { Outcome, RoutineEvent, RoutineState, Transition } from './types';

/**
 * The guide as a pure state machine: a state and an event in, the next state and what happened out.
 * It never throws on a state it does not like; `validateState` (see state.ts) keeps stored state sane
 * before it gets here, and an event with no routine to act on answers `no-routine`.
 */
export function transition(state: RoutineState | undefined, event: RoutineEvent): Transition {
  if (event.type === 'start') {
    return stepAt({ routineId: event.routineId, stepIndex: 0, status: 'in-progress' });
  }
  if (!state) return { state, outcome: { kind: 'no-routine' } };
  if (state.status === 'finished') return { state, outcome: { kind: 'finished' } };

  const steps = ROUTINES[state.routineId].steps;
  switch (event.type) {
    case 'next':
      if (state.stepIndex >= steps.length - 1) {
        return { state: { ...state, status: 'finished', pausedAt: undefined }, outcome: { kind: 'finished' } };
      }
      return stepAt({ ...state, stepIndex: state.stepIndex + 1 });
    case 'previous':
      if (state.stepIndex === 0) return stepAt(state, true);
      return stepAt({ ...state, stepIndex: state.stepIndex - 1 });
    case 'repeat':
    case 'resume':
      return stepAt(state);
    case 'pause': {
      const paused: RoutineState = { ...state, status: 'paused', pausedAt: event.at };
      return { state: paused, outcome: { kind: 'paused', step: steps[state.stepIndex], stepIndex: state.stepIndex } };
    }
  }
}

/** Lands on `next.stepIndex` and reports that step, to be said from its beginning. */
function stepAt(next: RoutineState, alreadyAtStart = false): Transition {
  const steps = ROUTINES[next.routineId].steps;
  const step = steps[next.stepIndex];
  const last = next.stepIndex === steps.length - 1;
  const newPart = next.stepIndex === 0 || steps[next.stepIndex - 1].part !== step.part;
  const state: RoutineState = {
    routineId: next.routineId,
    stepIndex: next.stepIndex,
    status: last ? 'finished' : 'in-progress',
  };
  const outcome: Outcome = { kind: 'step', step, stepIndex: next.stepIndex, newPart, last, ...(alreadyAtStart ? { alreadyAtStart } : {}) };
  return { state, outcome };
}
