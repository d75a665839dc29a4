import { BodyPart, LESSON_IDS, LessonId, Routine, RoutineId, RoutineStep } from './types';

/**
 * The five-week course, as IAIM classes teach it: a new body area each week, building on the last, the
 * whole massage by week five, with practice at home in between. Each lesson teaches its new strokes
 * once slowly, with why and how (`teach`), then a practice pass that calls them by name; the earlier
 * weeks' strokes come back as a short review. Every lesson is at most fifteen minutes and at least half
 * hands-on (test/course.test.ts holds both, and the length each lesson says).
 */
const step = (id: string, part: BodyPart, extra: Omit<RoutineStep, 'id' | 'part'> = {}): RoutineStep => ({ id, part, ...extra });
const taught = (id: string, part: BodyPart, extra: Omit<RoutineStep, 'id' | 'part' | 'teach'> = {}): RoutineStep => step(id, part, { ...extra, teach: true });

const opening = (lesson: number) => step('opening', 'opening', { script: `lesson-${lesson}-opening` });
const CUDDLE = step('closing-cuddle', 'closing');

const LEG_STROKES = ['leg-indian-milking', 'leg-hug-and-glide', 'foot-sole', 'foot-top-and-ankle', 'leg-swedish-milking'];
const TUMMY_STROKES = ['tummy-water-wheel', 'tummy-sun-and-moon', 'tummy-i-love-you'];

export const LESSONS: readonly Routine[] = [
  {
    // Week one: the legs and feet, the least exposed part, with the relaxation and the asking ritual.
    id: 'lesson-1',
    minutes: 14,
    steps: [
      opening(1),
      taught('leg-indian-milking', 'legs', { settled: true }),
      taught('leg-hug-and-glide', 'legs'),
      taught('foot-sole', 'legs'),
      taught('foot-top-and-ankle', 'legs'),
      taught('leg-swedish-milking', 'legs'),
      // The practice pass: the same strokes on the other leg, called by name.
      step('other-leg', 'legs', { calls: LEG_STROKES, callScale: 0.8 }),
      taught('legs-integration', 'legs'),
      CUDDLE,
    ],
  },
  {
    // Week two: the tummy, after a short review of the legs.
    id: 'lesson-2',
    minutes: 11,
    steps: [
      opening(2),
      step('legs-review', 'legs', { calls: ['leg-indian-milking', 'foot-sole', 'leg-swedish-milking'], callScale: 1.2 }),
      taught('tummy-water-wheel', 'tummy'),
      taught('tummy-sun-and-moon', 'tummy'),
      taught('tummy-i-love-you', 'tummy'),
      step('tummy-practice', 'tummy', { calls: TUMMY_STROKES }),
      CUDDLE,
    ],
  },
  {
    // Week three: the chest, arms and hands, after the legs and tummy in brief.
    id: 'lesson-3',
    minutes: 13,
    steps: [
      opening(3),
      step('legs-review', 'legs', { calls: ['leg-indian-milking', 'leg-swedish-milking'], callScale: 1.4 }),
      step('tummy-review', 'tummy', { calls: ['tummy-water-wheel', 'tummy-i-love-you'] }),
      taught('chest-open-book', 'chest'),
      taught('arm-milking', 'arms'),
      taught('hand-palm-and-fingers', 'arms'),
      step('other-arm', 'arms', { calls: ['arm-milking', 'hand-palm-and-fingers'] }),
      CUDDLE,
    ],
  },
  {
    // Week four: the face and the back, each taught and then practised.
    id: 'lesson-4',
    minutes: 12,
    steps: [
      opening(4),
      taught('face-forehead-and-nose', 'face', { settled: true }),
      taught('face-smile-and-jaw', 'face'),
      step('face-practice', 'face', { calls: ['face-forehead-and-nose', 'face-smile-and-jaw'] }),
      taught('back-back-and-forth', 'back'),
      taught('back-circles-and-combing', 'back'),
      step('back-practice', 'back', { calls: ['back-back-and-forth', 'back-circles-and-combing'] }),
      CUDDLE,
    ],
  },
  {
    // Week five: the whole massage in order, each stroke called by name, with the gentle movements
    // taught in their place at the end.
    id: 'lesson-5',
    minutes: 14,
    steps: [
      opening(5),
      step('whole-legs', 'legs', { calls: LEG_STROKES, callScale: 0.7 }),
      step('whole-tummy', 'tummy', { calls: TUMMY_STROKES, callScale: 0.8 }),
      step('whole-chest-and-arms', 'chest', { calls: ['chest-open-book', 'arm-milking', 'hand-palm-and-fingers'], callScale: 0.8 }),
      step('whole-face', 'face', { calls: ['face-forehead-and-nose', 'face-smile-and-jaw'], callScale: 0.8 }),
      step('whole-back', 'back', { calls: ['back-back-and-forth', 'back-circles-and-combing'], callScale: 0.8 }),
      taught('gentle-movements', 'movements'),
      CUDDLE,
    ],
  },
];

/** Whether a routine is one of the course's lessons. */
export function isLessonId(id: RoutineId | string): id is LessonId {
  return (LESSON_IDS as readonly string[]).includes(id);
}

/** A lesson's number, 1 to 5. */
export function lessonNumber(id: LessonId): number {
  return Number(id.slice('lesson-'.length));
}

/** The lesson with this number, or none outside 1 to 5. */
export function lessonId(n: number): LessonId | undefined {
  return n >= 1 && n <= LESSONS.length ? (`lesson-${n}` as LessonId) : undefined;
}
