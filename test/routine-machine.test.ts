import { transition } from '../lambda/routine/machine';
import { FULL_ROUTINE } from '../lambda/routine/routines';
import { RoutineState } from '../lambda/routine/types';

const last = FULL_ROUTINE.steps.length - 1;
const at = (stepIndex: number, status: RoutineState['status'] = 'in-progress'): RoutineState => ({
  routineId: 'full',
  stepIndex,
  status,
});

describe('routine state machine', () => {
  it('starts at the opening, which is not announced as a new part', () => {
    const { state, outcome } = transition(undefined, { type: 'start', routineId: 'full' });
    expect(state).toEqual(at(0));
    expect(outcome).toMatchObject({ kind: 'step', stepIndex: 0, step: { id: 'opening' }, last: false });
  });

  it('starting again from anywhere goes back to the opening', () => {
    expect(transition(at(9, 'paused'), { type: 'start', routineId: 'full' }).state).toEqual(at(0));
  });

  it('next moves one step and marks the first step of a body part as new', () => {
    const intoLegs = transition(at(0), { type: 'next' });
    expect(intoLegs.state).toEqual(at(1));
    expect(intoLegs.outcome).toMatchObject({ kind: 'step', step: { part: 'legs' }, newPart: true });
    const withinLegs = transition(at(1), { type: 'next' });
    expect(withinLegs.outcome).toMatchObject({ kind: 'step', stepIndex: 2, step: { part: 'legs' }, newPart: false });
  });

  it('walks every step in order, and arriving at the last one finishes the routine', () => {
    let state: RoutineState | undefined = at(0);
    const seen = ['opening'];
    for (let i = 1; i <= last; i++) {
      const result = transition(state, { type: 'next' });
      if (result.outcome.kind !== 'step') throw new Error(`expected a step at ${i}`);
      seen.push(result.outcome.step.id);
      state = result.state;
    }
    expect(seen).toEqual(FULL_ROUTINE.steps.map((s) => s.id));
    expect(state).toEqual(at(last, 'finished'));
  });

  it.each(['next', 'previous', 'repeat', 'resume'] as const)('%s after the end says finished and stays finished', (type) => {
    const result = transition(at(last, 'finished'), { type });
    expect(result.outcome).toEqual({ kind: 'finished' });
    expect(result.state).toEqual(at(last, 'finished'));
  });

  it('a pause after the end does not reopen a finished routine', () => {
    const result = transition(at(last, 'finished'), { type: 'pause', at: '2026-11-24T10:00:00.000Z' });
    expect(result.state).toEqual(at(last, 'finished'));
    expect(result.outcome).toEqual({ kind: 'finished' });
  });

  it('previous goes one back; on the first step it stays and says so', () => {
    expect(transition(at(5), { type: 'previous' }).state).toEqual(at(4));
    const first = transition(at(0), { type: 'previous' });
    expect(first.state).toEqual(at(0));
    expect(first.outcome).toMatchObject({ kind: 'step', stepIndex: 0, alreadyAtStart: true });
  });

  it('repeat says the same step again without moving', () => {
    const result = transition(at(7), { type: 'repeat' });
    expect(result.state).toEqual(at(7));
    expect(result.outcome).toMatchObject({ kind: 'step', stepIndex: 7 });
  });

  it('pause keeps the step and records when; resume returns to the same step from its start', () => {
    const paused = transition(at(9), { type: 'pause', at: '2026-11-24T10:00:00.000Z' });
    expect(paused.state).toEqual({ ...at(9, 'paused'), pausedAt: '2026-11-24T10:00:00.000Z' });
    expect(paused.outcome).toMatchObject({ kind: 'paused', stepIndex: 9, step: { part: 'tummy' } });
    const resumed = transition(paused.state, { type: 'resume' });
    expect(resumed.state).toEqual(at(9));
    expect(resumed.outcome).toMatchObject({ kind: 'step', stepIndex: 9 });
  });

  it('next from a paused step goes on to the following step', () => {
    expect(transition(at(3, 'paused'), { type: 'next' }).state).toEqual(at(4));
  });

  it('answers no-routine when there is nothing to move', () => {
    for (const type of ['next', 'previous', 'repeat', 'resume'] as const) {
      expect(transition(undefined, { type })).toEqual({ state: undefined, outcome: { kind: 'no-routine' } });
    }
  });
});
