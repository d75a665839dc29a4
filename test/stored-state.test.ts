import { NEW_PROFILE, isNewParent } from '../lambda/routine/profile';
import { STATE_VERSION, readStoredState, toStoredState } from '../lambda/storage/stored-state';
import { isResumable, isWorthOffering } from '../lambda/routine/progress';
import { FULL_ROUTINE } from '../lambda/routine/routines';
import { RoutineState } from '../lambda/routine/types';

const good: RoutineState = { routineId: 'colic', stepId: 'tummy-sun-and-moon', status: 'paused', pausedAt: '2026-11-24T10:00:00.000Z' };
const profile = { sessions: 4, finished: 1, firstOpening: 2, prefs: { rate: 84, pauseScale: 1.25 } };

describe('stored state', () => {
  it('round-trips what it stores: the routine and the step by id, the profile, a version', () => {
    const stored = toStoredState(good, profile, new Date('2026-11-24T10:01:00Z'));
    expect(stored).toEqual({ version: 3, routine: good, profile, updatedAt: '2026-11-24T10:01:00.000Z' });
    expect(readStoredState(JSON.parse(JSON.stringify(stored)))).toEqual({ routine: good, profile });
  });

  it('treats nothing stored as a new parent, not a problem', () => {
    expect(readStoredState(undefined)).toEqual({});
    expect(readStoredState({})).toEqual({});
    expect(readStoredState({ version: STATE_VERSION })).toEqual({ profile: NEW_PROFILE });
  });

  describe('migrating what version 1 stored (the full routine, by step index)', () => {
    it.each(FULL_ROUTINE.steps.map((s, i) => [i, s.id] as const))('index %i lands on %s, with the place and pause intact', (stepIndex, stepId) => {
      const v1 = { version: 1, routine: { routineId: 'full', stepIndex, status: 'paused', pausedAt: '2026-11-20T19:00:00.000Z' }, updatedAt: '2026-11-20T19:00:00.000Z' };
      expect(readStoredState(v1)).toEqual({
        routine: { routineId: 'full', stepId, status: 'paused', pausedAt: '2026-11-20T19:00:00.000Z' },
        // Version 1 had no firstOpening: its place was reached through the opening on the first visit.
        profile: { sessions: 1, finished: 0, firstOpening: 1 },
        older: true,
      });
    });

    it('keeps a finished routine finished', () => {
      expect(readStoredState({ version: 1, routine: { routineId: 'full', stepIndex: 20, status: 'finished' } }).routine).toEqual({
        routineId: 'full',
        stepId: 'closing-cuddle',
        status: 'finished',
      });
    });

    it.each([
      ['an index past the end', { routineId: 'full', stepIndex: 21, status: 'paused' }, 'outdated'],
      ['a negative index', { routineId: 'full', stepIndex: -1, status: 'paused' }, 'corrupt'],
      ['another routine', { routineId: 'colic', stepIndex: 2, status: 'paused' }, 'unknown-routine'],
      ['a bad status', { routineId: 'full', stepIndex: 2, status: 'dancing' }, 'corrupt'],
    ])('owns up to %s', (_, routine, problem) => {
      expect(readStoredState({ version: 1, routine })).toEqual({ problem, profile: NEW_PROFILE, older: true });
    });
  });

  it('keeps a newer release\'s state as it is: not used, and flagged so nothing is saved over it', () => {
    expect(readStoredState({ version: STATE_VERSION + 1, routine: { anything: 'new' }, profile })).toEqual({ newer: true });
  });

  describe('a step id this release does not have', () => {
    it('lands on the first step of the same body part', () => {
      expect(readStoredState({ version: 2, routine: { routineId: 'full', stepId: 'tummy-walking', status: 'paused' } }).routine?.stepId).toBe('tummy-water-wheel');
      expect(readStoredState({ version: 2, routine: { routineId: 'full', stepId: 'knees-up', status: 'paused' } }).routine?.stepId).toBe('tummy-water-wheel');
      expect(readStoredState({ version: 2, routine: { routineId: 'quick', stepId: 'foot-sole', status: 'paused' } }).routine?.stepId).toBe('leg-indian-milking');
    });

    it('keeps a colic massage finished at the shared cuddle (before it had its own) finished at its cuddle', () => {
      const stored = { version: 2, routine: { routineId: 'colic', stepId: 'closing-cuddle', status: 'finished' } };
      expect(readStoredState(stored).routine).toEqual({ routineId: 'colic', stepId: 'colic-closing', status: 'finished' });
    });

    it('or the routine\'s first step when nothing fits', () => {
      expect(readStoredState({ version: 2, routine: { routineId: 'colic', stepId: 'face-smile-and-jaw', status: 'paused' } }).routine?.stepId).toBe('colic-opening');
      expect(readStoredState({ version: 2, routine: { routineId: 'full', stepId: 'zumba', status: 'paused' } }).routine?.stepId).toBe('opening');
    });
  });

  it('drops unknown keys and bounds every value', () => {
    const read = readStoredState({
      version: 3,
      routine: { ...good, pausedAt: 'x'.repeat(15_000), skipParts: ['face', 'face', 'elbow', 7], extra: 'dropped' },
      profile: { sessions: -3, finished: 2.5, prefs: { rate: 300, pauseScale: 1.5, brief: 'yes' }, surprise: true },
      other: 'dropped',
    });
    expect(read).toEqual({
      routine: { routineId: 'colic', stepId: 'tummy-sun-and-moon', status: 'paused', skipParts: ['face'] },
      profile: { sessions: 0, finished: 0, firstOpening: 1, prefs: { pauseScale: 1.5 } },
    });
  });

  describe('who is still a first-timer (full opening, safety check, "say next" hints)', () => {
    it('a parent until the visit after the one in which they first heard a full opening; a finished routine makes a regular', () => {
      expect(isNewParent(NEW_PROFILE)).toBe(true);
      expect(isNewParent({ sessions: 3, finished: 0 })).toBe(true);
      expect(isNewParent({ sessions: 3, finished: 0, firstOpening: 3 })).toBe(true);
      expect(isNewParent({ sessions: 4, finished: 0, firstOpening: 3 })).toBe(false);
      expect(isNewParent({ sessions: 1, finished: 1 })).toBe(false);
    });

    it('a place stored before firstOpening existed counts its opening as heard on the first visit; no place, no opening', () => {
      const place = { routineId: 'full', stepId: 'tummy-water-wheel', status: 'paused' };
      expect(readStoredState({ version: 2, routine: place, profile: { sessions: 3, finished: 0 } }).profile).toEqual({ sessions: 3, finished: 0, firstOpening: 1 });
      expect(readStoredState({ version: 2, profile: { sessions: 3, finished: 0 } }).profile).toEqual({ sessions: 3, finished: 0 });
    });

    it('drops a firstOpening that is no visit the parent has had', () => {
      for (const firstOpening of [0, 5, -1, 1.5, '2']) {
        expect(readStoredState({ version: 2, profile: { sessions: 4, finished: 0, firstOpening } }).profile).toEqual({ sessions: 4, finished: 0 });
      }
    });
  });

  it.each([
    ['a string', 'banana', 'corrupt'],
    ['an array', [1, 2], 'corrupt'],
    ['no version', { routine: good }, 'corrupt'],
    ['a version of zero', { version: 0, routine: good }, 'corrupt'],
    ['an unknown routine', { version: 2, routine: { ...good, routineId: 'zumba' } }, 'unknown-routine'],
    ['a step that is not a step id', { version: 2, routine: { ...good, stepId: '<speak>' } }, 'corrupt'],
    ['a very long step id', { version: 2, routine: { ...good, stepId: 'a'.repeat(65) } }, 'corrupt'],
    ['an unknown status', { version: 2, routine: { ...good, status: 'dancing' } }, 'corrupt'],
  ])('drops %s with a reason instead of crashing', (_, raw, problem) => {
    expect(readStoredState(raw).problem).toBe(problem);
    expect(readStoredState(raw).routine).toBeUndefined();
  });

  it('offers to resume only a routine that is started and not finished', () => {
    expect(isResumable({ routineId: 'full', stepId: 'foot-sole', status: 'in-progress' })).toBe(true);
    expect(isResumable({ routineId: 'full', stepId: 'foot-sole', status: 'paused' })).toBe(true);
    expect(isResumable({ routineId: 'full', stepId: 'closing-cuddle', status: 'finished' })).toBe(false);
    expect(isResumable(undefined)).toBe(false);
  });

  it('offers a place in a later session only past a routine\'s first step', () => {
    expect(isWorthOffering({ routineId: 'full', stepId: 'opening', status: 'paused' })).toBe(false);
    expect(isWorthOffering({ routineId: 'full', stepId: 'leg-indian-milking', status: 'paused' })).toBe(true);
    expect(isWorthOffering({ routineId: 'colic', stepId: 'colic-opening', status: 'paused' })).toBe(false);
    expect(isWorthOffering({ routineId: 'full', stepId: 'closing-cuddle', status: 'finished' })).toBe(false);
  });
});
