import { LESSONS } from './lessons';
import { BodyPart, LESSON_IDS, MassagePart, Routine, RoutineId, RoutineStep, ROUTINE_IDS } from './types';

const step = (id: string, part: BodyPart, extra: Omit<RoutineStep, 'id' | 'part'> = {}): RoutineStep => ({ id, part, ...extra });

const OPENING = step('opening', 'opening');
const CUDDLE = step('closing-cuddle', 'closing');

/** The strokes of one leg, called again for the other leg in the full routine. */
const LEG_STROKES = ['leg-indian-milking', 'leg-hug-and-glide', 'foot-sole', 'foot-top-and-ankle', 'leg-swedish-milking'];

/**
 * The full-body routine in the IAIM/IMIS order: legs and feet first (the least exposed part, used to
 * touch from nappy changes), then tummy, chest, arms and hands, face, back, gentle movements, cuddle.
 * The words for each step id live in content/<locale>/steps.ts.
 */
export const FULL_ROUTINE: Routine = {
  id: 'full',
  minutes: 28,
  steps: [
    OPENING,
    step('leg-indian-milking', 'legs'),
    step('leg-hug-and-glide', 'legs'),
    step('foot-sole', 'legs'),
    step('foot-top-and-ankle', 'legs'),
    step('leg-swedish-milking', 'legs'),
    // The second side nearly as long as the first: the hands know the strokes by now.
    step('other-leg', 'legs', { calls: LEG_STROKES, callScale: 0.8 }),
    step('legs-integration', 'legs'),
    step('tummy-water-wheel', 'tummy'),
    step('tummy-sun-and-moon', 'tummy'),
    step('tummy-i-love-you', 'tummy'),
    step('chest-open-book', 'chest'),
    step('arm-milking', 'arms'),
    step('hand-palm-and-fingers', 'arms'),
    step('other-arm', 'arms', { calls: ['arm-milking', 'hand-palm-and-fingers'], callScale: 0.8 }),
    step('face-forehead-and-nose', 'face'),
    step('face-smile-and-jaw', 'face'),
    step('back-back-and-forth', 'back'),
    step('back-circles-and-combing', 'back'),
    step('gentle-movements', 'movements'),
    CUDDLE,
  ],
};

/**
 * Each part's own routine, in minutes: a regular's, and a first-timer's where the full safety check and
 * permission ritual take it past the regular's band (test/content.test.ts holds both to the estimate).
 */
const JUST_MINUTES: Readonly<Partial<Record<MassagePart, { minutes: number; firstMinutes?: number }>>> = {
  legs: { minutes: 11, firstMinutes: 12 },
  tummy: { minutes: 8 },
  arms: { minutes: 6, firstMinutes: 7 },
  face: { minutes: 6, firstMinutes: 7 },
  back: { minutes: 6, firstMinutes: 7 },
};

/** The colic sequence, three rounds: water wheel, knees up, sun and moon, knees up (IAIM style). */
const COLIC_ROUND = ['tummy-water-wheel', 'knees-up', 'tummy-sun-and-moon', 'knees-up'];

const ROUTINE_LIST: readonly Routine[] = [
  FULL_ROUTINE,
  {
    id: 'colic',
    minutes: 9,
    firstMinutes: 10,
    steps: [
      step('colic-opening', 'opening'),
      step('tummy-water-wheel', 'tummy', { count: 'six-each-hand', pauseScale: 1.6 }),
      step('knees-up', 'tummy'),
      step('tummy-sun-and-moon', 'tummy', { count: 'about-six', calls: ['knees-up'] }),
      step('colic-round-two', 'tummy', { calls: COLIC_ROUND }),
      step('colic-round-three', 'tummy', { calls: COLIC_ROUND }),
      step('colic-closing', 'closing'),
    ],
  },
  {
    id: 'bedtime',
    minutes: 5,
    voice: { rate: 82, soft: true, quietEnding: true },
    steps: [
      step('bedtime-opening', 'opening'),
      step('back-back-and-forth', 'back', { pauseScale: 1.5, settled: true }),
      step('back-circles-and-combing', 'back', { pauseScale: 1.5 }),
      step('bedtime-settle', 'back'),
    ],
  },
  {
    id: 'newborn',
    minutes: 6,
    steps: [
      step('newborn-opening', 'opening'),
      // Feather-light and slow: a little longer on each stroke. The opening already rested the hands on the legs.
      // Newborns guard the inner thighs: the newborn's own words keep to the outer thigh and below.
      step('leg-indian-milking', 'legs', { pauseScale: 1.2, settled: true, script: 'newborn-leg-milking' }),
      step('foot-sole', 'legs', { pauseScale: 1.2 }),
      step('other-leg', 'legs', { calls: ['leg-indian-milking', 'foot-sole'] }),
      CUDDLE,
    ],
  },
  {
    id: 'quick',
    minutes: 7,
    firstMinutes: 9,
    steps: [
      OPENING,
      // Fewer strokes, each done a little longer, so a short session is still mostly hands-on.
      step('leg-indian-milking', 'legs', { pauseScale: 1.4 }),
      step('other-leg', 'legs', { calls: ['leg-indian-milking'], pauseScale: 1.4, script: 'other-leg-one-stroke' }),
      step('tummy-water-wheel', 'tummy', { pauseScale: 1.4 }),
      step('back-back-and-forth', 'back', { pauseScale: 1.4 }),
      CUDDLE,
    ],
  },
  justThe('legs', 'just-legs'),
  justThe('tummy', 'just-tummy'),
  justThe('arms', 'just-arms'),
  justThe('face', 'just-face'),
  justThe('back', 'just-back'),
  ...LESSONS,
];

/** One body part of the full routine, with the opening and the cuddle around it. */
function justThe(part: MassagePart, id: RoutineId): Routine {
  // The face alone needs no undressing and no oil: its own opening, which ends with the hands on the head.
  const opening = part === 'face' ? step('opening', 'opening', { script: 'face-opening' }) : OPENING;
  const steps = FULL_ROUTINE.steps.filter((s) => s.part === part).map((s, i) => (part === 'face' && i === 0 ? { ...s, settled: true } : s));
  // With only one part, there is time to go through its strokes a second time, called by name.
  const strokes = steps.filter((s) => !s.calls).map((s) => s.id);
  // Legs and arms are done on both sides already; the others go round once more, a little slower.
  const bothSides = part === 'legs' || part === 'arms';
  const onceMore = bothSides ? [] : [step('once-more', part, { calls: strokes, callScale: 1.2 })];
  const { minutes, firstMinutes } = JUST_MINUTES[part] ?? { minutes: 6 };
  return { id, minutes, ...(firstMinutes ? { firstMinutes } : {}), steps: [opening, ...steps, ...onceMore, CUDDLE] };
}

export const ROUTINES: Readonly<Record<RoutineId, Routine>> = Object.fromEntries(ROUTINE_LIST.map((r) => [r.id, r])) as Record<RoutineId, Routine>;

/** The routine that does just one part, if there is one ("just the legs"). */
export const PART_ROUTINES: Readonly<Partial<Record<MassagePart, RoutineId>>> = {
  legs: 'just-legs',
  tummy: 'just-tummy',
  arms: 'just-arms',
  face: 'just-face',
  back: 'just-back',
};

export function isRoutineId(value: unknown): value is RoutineId {
  return ROUTINE_IDS.includes(value as (typeof ROUTINE_IDS)[number]) || LESSON_IDS.includes(value as (typeof LESSON_IDS)[number]);
}

/** The position of a step id in a routine, or -1. */
export function indexOf(routine: Routine, stepId: string): number {
  return routine.steps.findIndex((s) => s.id === stepId);
}

/** Every step id any routine uses, and every stroke any step calls: each needs words in every locale. */
export function allScriptIds(): Set<string> {
  const ids = new Set<string>();
  for (const routine of ROUTINE_LIST) {
    for (const s of routine.steps) {
      ids.add(s.script ?? s.id);
      for (const call of s.calls ?? []) ids.add(call);
    }
  }
  return ids;
}
