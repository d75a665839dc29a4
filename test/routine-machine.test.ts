import { transition } from '../lambda/routine/machine';
import { FULL_ROUTINE, ROUTINES } from '../lambda/routine/routines';
import { MASSAGE_PARTS, ROUTINE_IDS, RoutineId, RoutineState } from '../lambda/routine/types';

const at = (stepId: string, status: RoutineState['status'] = 'in-progress', routineId: RoutineId = 'full'): RoutineState => ({
  routineId,
  stepId,
  status,
});
const ids = (routineId: RoutineId) => ROUTINES[routineId].steps.map((s) => s.id);
const LAST = FULL_ROUTINE.steps[FULL_ROUTINE.steps.length - 1].id;

describe('routine state machine', () => {
  it('starts at the opening, which is not announced as a new part', () => {
    const { state, outcome } = transition(undefined, { type: 'start', routineId: 'full' });
    expect(state).toEqual(at('opening'));
    expect(outcome).toMatchObject({ kind: 'step', stepIndex: 0, step: { id: 'opening' }, newPart: true, last: false });
  });

  it('starting a routine from anywhere goes to its first step', () => {
    expect(transition(at('tummy-sun-and-moon', 'paused'), { type: 'start', routineId: 'colic' }).state).toEqual(at('colic-opening', 'in-progress', 'colic'));
  });

  it.each(ROUTINE_IDS)('walks every step of %s in order, and arriving at the last one finishes it', (routineId) => {
    let state = transition(undefined, { type: 'start', routineId }).state;
    const seen = [state!.stepId];
    for (let i = 1; i < ROUTINES[routineId].steps.length; i++) {
      const result = transition(state, { type: 'next' });
      if (result.outcome.kind !== 'step') throw new Error(`expected a step at ${i}`);
      seen.push(result.outcome.step.id);
      state = result.state;
    }
    expect(seen).toEqual(ids(routineId));
    expect(state?.status).toBe('finished');
    expect(transition(state, { type: 'next' }).outcome).toEqual({ kind: 'finished' });
  });

  it('never repeats a step id inside a routine: the id is the stored position', () => {
    for (const routineId of ROUTINE_IDS) expect(new Set(ids(routineId)).size).toBe(ids(routineId).length);
  });

  it.each(['next', 'previous', 'repeat', 'resume'] as const)('%s after the end says finished and stays finished', (type) => {
    const result = transition(at(LAST, 'finished'), { type });
    expect(result).toEqual({ state: at(LAST, 'finished'), outcome: { kind: 'finished' } });
  });

  it('previous goes one back; on the first step it stays and says so', () => {
    expect(transition(at('foot-top-and-ankle'), { type: 'previous' }).state).toEqual(at('foot-sole'));
    const first = transition(at('opening'), { type: 'previous' });
    expect(first.state).toEqual(at('opening'));
    expect(first.outcome).toMatchObject({ kind: 'step', stepIndex: 0, alreadyAtStart: true });
  });

  it('pause keeps the step and records when; resume returns to the same step from its start', () => {
    const paused = transition(at('tummy-sun-and-moon'), { type: 'pause', at: '2026-11-24T10:00:00.000Z' });
    expect(paused.state).toEqual({ ...at('tummy-sun-and-moon', 'paused'), pausedAt: '2026-11-24T10:00:00.000Z' });
    expect(paused.outcome).toMatchObject({ kind: 'paused', step: { id: 'tummy-sun-and-moon', part: 'tummy' } });
    const resumed = transition(paused.state, { type: 'resume' });
    expect(resumed.state).toEqual(at('tummy-sun-and-moon'));
  });

  it('answers no-routine when there is nothing to move', () => {
    for (const type of ['next', 'previous', 'repeat', 'resume'] as const) {
      expect(transition(undefined, { type })).toEqual({ state: undefined, outcome: { kind: 'no-routine' } });
    }
  });
});

describe('moving by body part', () => {
  const partsOf = (routineId: RoutineId) => [...new Set(ROUTINES[routineId].steps.map((s) => s.part))];

  it.each(ROUTINE_IDS)('in %s, "go to" reaches the first step of every part it has, from every step', (routineId) => {
    const routine = ROUTINES[routineId];
    for (const from of routine.steps) {
      for (const part of MASSAGE_PARTS) {
        const result = transition(at(from.id, 'in-progress', routineId), { type: 'go-to-part', part });
        const first = routine.steps.find((s) => s.part === part);
        if (first) {
          const to = routine.steps.indexOf(first);
          const jumpedOver = to > routine.steps.indexOf(from) + 1;
          expect(result.state).toEqual({ ...at(first.id, 'in-progress', routineId), jumpedFrom: from.id, ...(jumpedOver ? { partial: true } : {}) });
          expect(result.outcome).toMatchObject({ kind: 'step', step: { id: first.id }, newPart: true });
        } else {
          expect(result).toEqual({ state: at(from.id, 'in-progress', routineId), outcome: { kind: 'part-not-in-routine', part, step: from } });
        }
      }
    }
  });

  it('"go back" straight after a jump returns to where the parent jumped from; after a step on, to the step before', () => {
    const jumped = transition(at('leg-hug-and-glide', 'in-progress', 'full'), { type: 'go-to-part', part: 'back' });
    expect(jumped.state).toMatchObject({ stepId: 'back-back-and-forth', jumpedFrom: 'leg-hug-and-glide', partial: true });
    expect(transition(jumped.state, { type: 'previous' }).state).toEqual({ routineId: 'full', stepId: 'leg-hug-and-glide', status: 'in-progress', partial: true });
    const on = transition(jumped.state, { type: 'next' }).state;
    expect(on).toEqual({ routineId: 'full', stepId: 'back-circles-and-combing', status: 'in-progress', partial: true });
    expect(transition(on, { type: 'previous' }).state).toMatchObject({ stepId: 'back-back-and-forth' });
  });

  it.each(ROUTINE_IDS)('in %s, "skip this part" goes to the first step of the next part, from every step', (routineId) => {
    const steps = ROUTINES[routineId].steps;
    steps.forEach((from, index) => {
      const result = transition(at(from.id, 'in-progress', routineId), { type: 'skip-part' });
      const next = steps.findIndex((s, i) => i > index && s.part !== from.part);
      if (next < 0 && index === steps.length - 1) expect(result.outcome).toEqual({ kind: 'finished' });
      else expect(result.state?.stepId).toBe(steps[next < 0 ? steps.length - 1 : next].id);
    });
    expect(partsOf(routineId).length).toBeGreaterThanOrEqual(2);
  });

  it('"skip the face" while on the legs leaves the face out when we get there, and says so then', () => {
    const later = transition(at('leg-hug-and-glide'), { type: 'skip-part', part: 'face' });
    expect(later.outcome).toMatchObject({ kind: 'part-skipped-later', part: 'face' });
    expect(later.state).toEqual({ ...at('leg-hug-and-glide'), skipParts: ['face'] });
    const intoFace = transition({ ...at('other-arm'), skipParts: ['face'] }, { type: 'next' });
    expect(intoFace.state).toEqual({ ...at('back-back-and-forth'), skipParts: ['face'], partial: true });
    expect(intoFace.outcome).toMatchObject({ kind: 'step', step: { id: 'back-back-and-forth' }, skipped: ['face'], newPart: true });
  });

  it('"skip the face" while on the face moves on at once', () => {
    const result = transition(at('face-forehead-and-nose'), { type: 'skip-part', part: 'face' });
    expect(result.outcome).toMatchObject({ kind: 'step', step: { id: 'back-back-and-forth' }, skipped: ['face'] });
  });

  it('"go to the face" after asking to skip it brings it back', () => {
    const result = transition({ ...at('leg-hug-and-glide'), skipParts: ['face'] }, { type: 'go-to-part', part: 'face' });
    expect(result.state).toEqual({ ...at('face-forehead-and-nose'), jumpedFrom: 'leg-hug-and-glide', partial: true });
  });

  it('a part the routine lacks cannot be skipped either: the place is kept', () => {
    const result = transition(at('tummy-water-wheel', 'in-progress', 'colic'), { type: 'skip-part', part: 'face' });
    expect(result.outcome).toMatchObject({ kind: 'part-not-in-routine', part: 'face' });
    expect(result.state).toEqual(at('tummy-water-wheel', 'in-progress', 'colic'));
  });
});
