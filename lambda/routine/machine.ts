import { ROUTINES, indexOf } from './routines';
import { BodyPart, MASSAGE_PARTS, MassagePart, Outcome, Routine, RoutineEvent, RoutineState, StepOutcome, Transition } from './types';

/**
 * The guide as a pure state machine: a state and an event in, the next state and what happened out.
 * It never throws on a state it does not like; `readStoredState` (state.ts) keeps stored state sane
 * before it gets here, and an event with no routine to act on answers `no-routine`.
 */
export function transition(state: RoutineState | undefined, event: RoutineEvent): Transition {
  if (event.type === 'start') {
    const routine = ROUTINES[event.routineId];
    return stepAt(routine, 0, event.skipParts?.length ? { skipParts: event.skipParts } : {});
  }
  if (!state) return { state, outcome: { kind: 'no-routine' } };
  if (state.status === 'finished') return { state, outcome: { kind: 'finished' } };

  const routine = ROUTINES[state.routineId];
  const index = Math.max(0, indexOf(routine, state.stepId));
  const here = routine.steps[index];
  switch (event.type) {
    case 'next':
      return forward(routine, state, index + 1);
    case 'previous': {
      // Straight after a jump, "go back" returns to where the parent jumped from.
      const from = state.jumpedFrom ? indexOf(routine, state.jumpedFrom) : -1;
      if (from >= 0) return stepAt(routine, from, state);
      return index === 0 ? stepAt(routine, 0, state, { alreadyAtStart: true }) : stepAt(routine, index - 1, state);
    }
    case 'repeat':
    case 'resume':
      return stepAt(routine, index, state);
    case 'pause':
      return { state: { ...state, status: 'paused', pausedAt: event.at }, outcome: { kind: 'paused', step: here } };
    case 'go-to-part': {
      const target = routine.steps.findIndex((s) => s.part === event.part);
      if (target < 0) return { state, outcome: { kind: 'part-not-in-routine', part: event.part, step: here } };
      const skipParts = (state.skipParts ?? []).filter((p) => p !== event.part);
      // Jumping ahead leaves the steps in between undone.
      const partial = state.partial === true || target > index + 1;
      return stepAt(routine, target, { ...state, skipParts, ...(partial ? { partial: true as const } : {}) }, {}, here.id);
    }
    case 'skip-part': {
      const part = event.part ?? (isMassagePart(here.part) ? here.part : undefined);
      if (part === undefined || part === here.part) {
        const after = routine.steps.findIndex((s, i) => i > index && s.part !== here.part);
        return forward(routine, state, after < 0 ? routine.steps.length : after, here.part);
      }
      if (!routine.steps.some((s) => s.part === part)) return { state, outcome: { kind: 'part-not-in-routine', part, step: here } };
      const skipParts = [...new Set([...(state.skipParts ?? []), part])];
      return { state: { ...state, skipParts }, outcome: { kind: 'part-skipped-later', part, step: here } };
    }
  }
}

/** Moves forward to `target`, past any part the parent asked to leave out; past the end, finished. */
function forward(routine: Routine, state: RoutineState, target: number, skippedHere?: BodyPart): Transition {
  const skipped: BodyPart[] = skippedHere ? [skippedHere] : [];
  let index = target;
  const leaveOut = new Set<BodyPart>(state.skipParts ?? []);
  while (index < routine.steps.length && leaveOut.has(routine.steps[index].part)) {
    const part = routine.steps[index].part;
    if (!skipped.includes(part)) skipped.push(part);
    index++;
  }
  if (index >= routine.steps.length) {
    // The last step is the closing one; skipping past it still ends calmly on it.
    index = routine.steps.length - 1;
    if (indexOf(routine, state.stepId) === index) {
      return { state: { routineId: routine.id, stepId: state.stepId, status: 'finished', ...startedOf(state) }, outcome: { kind: 'finished' } };
    }
  }
  const partial = state.partial === true || skipped.length > 0 || index > target;
  return stepAt(routine, index, { ...state, ...(partial ? { partial: true as const } : {}) }, skipped.length > 0 ? { skipped } : {});
}

/** Lands on `index` and reports that step, to be said from its beginning. */
function stepAt(
  routine: Routine,
  index: number,
  previous: Partial<RoutineState>,
  extra: Pick<StepOutcome, 'alreadyAtStart' | 'skipped'> = {},
  jumpedFrom?: string,
): Transition {
  const step = routine.steps[index];
  const last = index === routine.steps.length - 1;
  const newPart = index === 0 || routine.steps[index - 1].part !== step.part || (extra.skipped?.length ?? 0) > 0;
  const skipParts = previous.skipParts?.length ? { skipParts: previous.skipParts } : {};
  const kept = { ...skipParts, ...(previous.partial ? { partial: true as const } : {}), ...(jumpedFrom ? { jumpedFrom } : {}) };
  const state: RoutineState = { routineId: routine.id, stepId: step.id, status: last ? 'finished' : 'in-progress', ...(last ? {} : kept), ...startedOf(previous) };
  const outcome: Outcome = { kind: 'step', routine, step, stepIndex: index, newPart, last, ...pruned({ ...extra, partial: previous.partial === true }) };
  return { state, outcome };
}

/** The run's start goes with it from step to step (its practice-log entry), to its end. */
function startedOf(state: Partial<RoutineState>): Pick<RoutineState, 'started'> {
  return state.started ? { started: state.started } : {};
}

function pruned<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== false)) as Partial<T>;
}

export function isMassagePart(part: unknown): part is MassagePart {
  return MASSAGE_PARTS.includes(part as MassagePart);
}

/** Where a state stands in its routine: the step, its index, and how many steps there are. */
export function positionOf(state: RoutineState): { routine: Routine; index: number; step: Routine['steps'][number] } {
  const routine = ROUTINES[state.routineId];
  const index = Math.max(0, indexOf(routine, state.stepId));
  return { routine, index, step: routine.steps[index] };
}

/** The step at `stepIndex` of a routine as the speech layer says it, straight from a walk's start. */
export function outcomeAt(routine: Routine, stepIndex: number): StepOutcome {
  const step = routine.steps[stepIndex];
  return {
    kind: 'step',
    routine,
    step,
    stepIndex,
    newPart: stepIndex === 0 || routine.steps[stepIndex - 1].part !== step.part,
    last: stepIndex === routine.steps.length - 1,
  };
}
