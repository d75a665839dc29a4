import { readStoredState, STATE_VERSION, toStoredState, isResumable, isWorthOffering } from '../lambda/routine/state';
import { FULL_ROUTINE } from '../lambda/routine/routines';

const good = { routineId: 'full', stepIndex: 3, status: 'paused', pausedAt: '2026-11-24T10:00:00.000Z' };

describe('stored state', () => {
  it('round-trips what it stores', () => {
    const stored = toStoredState(good as never, new Date('2026-11-24T10:01:00Z'));
    expect(stored).toEqual({ version: STATE_VERSION, routine: good, updatedAt: '2026-11-24T10:01:00.000Z' });
    expect(readStoredState(JSON.parse(JSON.stringify(stored)))).toEqual({ routine: good });
  });

  it('treats nothing stored as a new user, not a problem', () => {
    expect(readStoredState(undefined)).toEqual({});
    expect(readStoredState({})).toEqual({});
    expect(readStoredState({ version: STATE_VERSION })).toEqual({});
  });

  it.each([
    ['a string', 'banana', 'corrupt'],
    ['an array', [1, 2], 'corrupt'],
    ['no version', { routine: good }, 'corrupt'],
    ['an old version', { version: STATE_VERSION - 1, routine: good }, 'outdated'],
    ['a future version', { version: STATE_VERSION + 1, routine: good }, 'outdated'],
    ['an unknown routine', { version: STATE_VERSION, routine: { ...good, routineId: 'colic' } }, 'unknown-routine'],
    ['a step beyond the end', { version: STATE_VERSION, routine: { ...good, stepIndex: FULL_ROUTINE.steps.length } }, 'out-of-range'],
    ['a negative step', { version: STATE_VERSION, routine: { ...good, stepIndex: -1 } }, 'corrupt'],
    ['a fractional step', { version: STATE_VERSION, routine: { ...good, stepIndex: 1.5 } }, 'corrupt'],
    ['an unknown status', { version: STATE_VERSION, routine: { ...good, status: 'dancing' } }, 'corrupt'],
    ['a numeric pausedAt', { version: STATE_VERSION, routine: { ...good, pausedAt: 5 } }, 'corrupt'],
  ])('drops %s with a reason instead of crashing', (_, raw, problem) => {
    expect(readStoredState(raw)).toEqual({ problem });
  });

  it('offers to resume only a routine that is started and not finished', () => {
    expect(isResumable({ routineId: 'full', stepIndex: 2, status: 'in-progress' })).toBe(true);
    expect(isResumable({ routineId: 'full', stepIndex: 2, status: 'paused' })).toBe(true);
    expect(isResumable({ routineId: 'full', stepIndex: 20, status: 'finished' })).toBe(false);
    expect(isResumable(undefined)).toBe(false);
  });

  it('offers a place in a later session only past the opening', () => {
    expect(isWorthOffering({ routineId: 'full', stepIndex: 0, status: 'paused' })).toBe(false);
    expect(isWorthOffering({ routineId: 'full', stepIndex: 1, status: 'paused' })).toBe(true);
    expect(isWorthOffering({ routineId: 'full', stepIndex: 20, status: 'finished' })).toBe(false);
  });
});
