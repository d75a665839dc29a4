import { contentFor } from '../lambda/content';
import { SUPPORTED_LOCALES } from '../lambda/content/locales';
import { saidMinutes } from '../lambda/content/lengths';
import { LOG_DAYS, MAX_LOG_ENTRIES, entries, formatEntry, parseEntry, thisWeek, withPractice } from '../lambda/course/log';
import { stageOf, weeksSince } from '../lambda/course/age';
import { LESSONS } from '../lambda/routine/lessons';
import { NEW_PROFILE, Profile } from '../lambda/routine/profile';
import { ROUTINES } from '../lambda/routine/routines';
import { LESSON_IDS, RoutineState } from '../lambda/routine/types';
import { STATE_VERSION, readStoredState, toStoredState } from '../lambda/storage/stored-state';
import { TEACHING_PAUSE_SCALE } from '../lambda/speech/step';
import { speechText } from '../tools/alexa/speech-text';
import { routineTiming, walkRoutine } from '../tools/routine-timing';

/**
 * Issue 20: the five-week course as classes run it, and the practice log that keeps a parent's item
 * small however long they massage.
 */

const NEW = { newParent: true };
const RETURNING = { newParent: false };

describe('the five-week course', () => {
  const content = contentFor('en-GB');

  it('is five lessons, a new body area each week in the IAIM order, the whole massage by week five', () => {
    expect(LESSONS.map((l) => l.id)).toEqual([...LESSON_IDS]);
    const taught = LESSONS.map((l) => [...new Set(l.steps.filter((s) => s.teach).map((s) => s.part))]);
    expect(taught).toEqual([['legs'], ['tummy'], ['chest', 'arms'], ['face', 'back'], ['movements']]);
    // Week five calls every stroke of the full massage, in its order, before the gentle movements it teaches.
    const strokes = FULL_STROKES();
    const called = ROUTINES['lesson-5'].steps.flatMap((s) => s.calls ?? []);
    expect(called).toEqual(strokes.filter((id) => id !== 'gentle-movements' && id !== 'legs-integration'));
  });

  it.each(LESSON_IDS)('%s teaches each new stroke once, more slowly and with why and how, then practises it by name', (id) => {
    const lesson = ROUTINES[id];
    for (const step of lesson.steps.filter((s) => s.teach)) {
      const script = content.steps[step.id];
      expect([step.id, (script.teach ?? []).length > 0]).toEqual([step.id, true]);
      const walked = walkRoutine(content, id, RETURNING).find((w) => w.id === step.id)!;
      expect(speechText(walked.ssml)).toContain(String(script.teach![0]));
    }
    expect(TEACHING_PAUSE_SCALE).toBeGreaterThan(1);
    // A practice pass: the lesson's new strokes called again by name, after they were taught (week five's are the whole massage).
    const practised = new Set(lesson.steps.flatMap((s) => s.calls ?? []));
    const newStrokes = lesson.steps.filter((s) => s.teach && s.id !== 'legs-integration' && s.id !== 'gentle-movements' && s.id !== 'chest-open-book').map((s) => s.id);
    for (const stroke of newStrokes) expect([id, stroke, practised.has(stroke)]).toEqual([id, stroke, true]);
  });

  it.each(LESSON_IDS)('%s is at most fifteen minutes, at least half hands-on, and as long as it says, in every locale', (id) => {
    for (const locale of SUPPORTED_LOCALES) {
      for (const listener of [NEW, RETURNING]) {
        const { minutes, handsOnShare } = routineTiming(contentFor(locale), id, listener);
        expect(minutes).toBeLessThanOrEqual(15);
        expect(handsOnShare).toBeGreaterThanOrEqual(0.5);
        // What the locale says: a language spoken faster may say its own length (French's lesson five).
        const said = saidMinutes(contentFor(locale), id);
        expect(Math.abs(minutes - ((listener.newParent ? said.firstMinutes : undefined) ?? said.minutes))).toBeLessThanOrEqual(1);
      }
    }
    expect(content.routines[id].intro).toContain(`about ${WORDS[ROUTINES[id].minutes]} minutes`);
  });

  it('ends each lesson with what to practise at home, and what comes next week', () => {
    const ends = LESSON_IDS.map((id) => speechText(walkRoutine(content, id, RETURNING).at(-1)!.ssml));
    expect(ends[0]).toMatch(/Well done, both of you: that was lesson one, the legs and feet\. Practise the legs once a day this week.*Next week, lesson two: the tummy\.$/);
    expect(ends[4]).toMatch(/That's the course done: you know the whole massage now\./);
  });
});

describe('the practice log', () => {
  const run = (routineId: RoutineState['routineId'], stepId: string, status: RoutineState['status'], started?: string): RoutineState => ({ routineId, stepId, status, ...(started ? { started } : {}) });

  it('writes one short entry a run: when it began, which routine, about how many minutes, how far', () => {
    const now = new Date('2026-12-05T19:04:30Z');
    const started = withPractice(undefined, NEW_PROFILE, run('full', 'opening', 'in-progress'), now);
    // The opening alone is not a massage yet: the run is stamped, nothing is logged.
    expect(started.routine?.started).toBe('2026-12-05T19:04');
    expect(started.profile.log).toBeUndefined();
    const halfway = withPractice(started.routine, started.profile, { ...started.routine!, stepId: 'chest-open-book' }, now);
    expect(halfway.profile.log).toEqual(['2026-12-05T19:04 full 15 55']);
    const done = withPractice(halfway.routine, halfway.profile, { ...halfway.routine!, stepId: 'closing-cuddle', status: 'finished' }, now);
    expect(done.profile.log).toEqual(['2026-12-05T19:04 full 28 100']);
    // Going back never shrinks how far the run got.
    const back = withPractice(done.routine, done.profile, { ...done.routine!, stepId: 'leg-hug-and-glide', status: 'in-progress' }, now);
    expect(back.profile.log).toEqual(['2026-12-05T19:04 full 28 100']);
    expect(parseEntry('2026-12-05T19:04 full 28 100')).toEqual({ at: '2026-12-05T19:04', routineId: 'full', minutes: 28, percent: 100 });
    expect(formatEntry(parseEntry('2026-12-05T19:04 lesson-3 13 100')!)).toBe('2026-12-05T19:04 lesson-3 13 100');
    for (const bad of ['2026-12-05 full 28 100', '2026-12-05T19:04 hula 5 100', '2026-12-05T19:04 full 28 101', '2026-13-45T19:04 full 1 1']) expect(parseEntry(bad)).toBeUndefined();
  });

  it('marks a finished lesson done, with its day', () => {
    const now = new Date('2026-12-05T19:30:00Z');
    const { profile } = withPractice(run('lesson-2', 'tummy-practice', 'in-progress', '2026-12-05T19:00'), { ...NEW_PROFILE, course: { done: [1] } }, run('lesson-2', 'closing-cuddle', 'finished', '2026-12-05T19:00'), now);
    expect(profile.course).toEqual({ done: [1, 2], lastDay: '2026-12-05' });
  });

  it('folds entries older than 90 days into a count a month, and counts the past seven days', () => {
    let profile: Profile = NEW_PROFILE;
    const day = 24 * 60 * 60 * 1000;
    const start = Date.parse('2026-06-01T19:00:00Z');
    for (let i = 0; i < 150; i++) profile = massage(profile, new Date(start + i * day));
    const now = new Date(start + 149 * day);
    const kept = entries(profile);
    expect(kept.length).toBe(MAX_LOG_ENTRIES);
    expect(Date.parse(`${kept[0].at}Z`)).toBeGreaterThanOrEqual(now.getTime() - LOG_DAYS * day);
    expect(Object.values(profile.months ?? {}).reduce((a, b) => a + b, 0) + kept.length).toBe(150);
    expect(profile.months).toEqual({ '2026-06': 30, '2026-07': 30 });
    expect(thisWeek(profile, now)).toHaveLength(7);
  });

  it.each([1, 2])("keeps a parent's item under 4 KB after 90 days of daily use, %i massage(s) a day and the course among them", (perDay) => {
    let profile: Profile = { ...NEW_PROFILE, born: '2026-09', timeZone: 'America/Argentina/Buenos_Aires', prefs: { rate: 84, pauseScale: 1.25 } };
    const day = 24 * 60 * 60 * 1000;
    const start = Date.parse('2026-09-01T08:00:00Z');
    let routine: RoutineState | undefined;
    for (let i = 0; i < 90; i++) {
      profile = massage(profile, new Date(start + i * day), i % 7 === 0 ? `lesson-${(i / 7) % 5 + 1}` as RoutineState['routineId'] : 'full');
      if (perDay === 2) profile = massage(profile, new Date(start + i * day + 10 * 60 * 60 * 1000), 'just-legs');
      routine = run('colic', 'tummy-sun-and-moon', 'paused', '2026-11-29T19:00');
    }
    const item = { id: 'amzn1.ask.account.' + 'A'.repeat(180), attributes: toStoredState(routine, { ...profile, sessions: 180, finished: 170, firstOpening: 1 }, new Date(start + 90 * day)), version: 400 };
    const bytes = Buffer.byteLength(JSON.stringify(item));
    expect(entries(profile).length).toBe(MAX_LOG_ENTRIES);
    expect(Object.values(profile.months ?? {}).reduce((a, b) => a + b, 0) + entries(profile).length).toBe(90 * perDay);
    expect(bytes).toBeLessThan(4 * 1024);
  });
});

describe('stored state version 3', () => {
  it('reads a version 2 item as it is, to be written back as version 3', () => {
    const v2 = { version: 2, routine: { routineId: 'colic', stepId: 'knees-up', status: 'paused', pausedAt: '2026-11-30T19:00:00.000Z' }, profile: { sessions: 3, finished: 1, firstOpening: 1 } };
    expect(readStoredState(v2)).toEqual({ routine: v2.routine, profile: v2.profile, older: true });
    expect(STATE_VERSION).toBe(3);
  });

  it("keeps the companion's fields within bounds, and drops whatever does not fit", () => {
    const read = readStoredState({
      version: 3,
      profile: {
        sessions: 2,
        finished: 0,
        born: '2026-10',
        course: { done: [2, 1, 1, 9, 'x'], lastDay: '2026-12-01' },
        log: ['2026-12-01T19:00 lesson-1 14 100', 'nonsense', 42, '2026-12-02T19:00 full 28 100'],
        months: { '2026-08': 12, '2026-13': 3, bad: 1, '2026-07': -1 },
        timeZone: 'Europe/London',
        name: 'Ada',
        premature: true,
      },
    });
    expect(read.profile).toEqual({
      sessions: 2,
      finished: 0,
      born: '2026-10',
      course: { done: [1, 2], lastDay: '2026-12-01' },
      log: ['2026-12-01T19:00 lesson-1 14 100', '2026-12-02T19:00 full 28 100'],
      months: { '2026-08': 12 },
      timeZone: 'Europe/London',
    });
    expect(readStoredState({ version: 3, profile: { sessions: 1, finished: 0, born: '2026-10-14', timeZone: '../../etc' } }).profile).toEqual({ sessions: 1, finished: 0 });
  });
});

describe("the baby's age", () => {
  it('counts from the middle of the birth month, and suits the massage to it', () => {
    expect(weeksSince('2026-11', new Date('2026-12-13T00:00:00Z'))).toBeCloseTo(4, 0);
    expect(['newborn', 'newborn-oil', 'baby', 'mobile', 'toddler'].map((stage, i) => [stage, stageOf([2, 5, 20, 40, 120][i])])).toEqual([
      ['newborn', 'newborn'],
      ['newborn-oil', 'newborn-oil'],
      ['baby', 'baby'],
      ['mobile', 'mobile'],
      ['toddler', 'toddler'],
    ]);
  });
});

const WORDS: Record<number, string> = { 11: 'eleven', 12: 'twelve', 13: 'thirteen', 14: 'fourteen', 15: 'fifteen' };

function FULL_STROKES(): string[] {
  const strokes: string[] = [];
  for (const step of ROUTINES.full.steps) {
    if (step.part === 'opening' || step.part === 'closing' || step.calls) continue;
    strokes.push(step.id);
  }
  return strokes;
}

/** One run from its opening to its end, as the store's settle rule sees it. */
function massage(profile: Profile, at: Date, routineId: RoutineState['routineId'] = 'full'): Profile {
  const steps = ROUTINES[routineId].steps;
  let routine: RoutineState | undefined;
  let before: RoutineState | undefined;
  let current = profile;
  steps.forEach((step, i) => {
    before = routine;
    routine = { routineId, stepId: step.id, status: i === steps.length - 1 ? 'finished' : 'in-progress', ...(routine?.started ? { started: routine.started } : {}) };
    ({ profile: current, routine } = withPractice(before, current, routine, at));
  });
  return current;
}
