import { Routine, RoutineId } from './types';

/**
 * The full-body routine in the IAIM/IMIS order: legs and feet first (the least exposed part, used to
 * touch from nappy changes), then tummy, chest, arms and hands, face, back, gentle movements, cuddle.
 * The words for each step id live in content/<locale>/steps.ts.
 */
export const FULL_ROUTINE: Routine = {
  id: 'full',
  steps: [
    { id: 'opening', part: 'opening' },
    { id: 'leg-indian-milking', part: 'legs' },
    { id: 'leg-hug-and-glide', part: 'legs' },
    { id: 'foot-sole', part: 'legs' },
    { id: 'foot-top-and-ankle', part: 'legs' },
    { id: 'leg-swedish-milking', part: 'legs' },
    { id: 'other-leg', part: 'legs' },
    { id: 'legs-integration', part: 'legs' },
    { id: 'tummy-water-wheel', part: 'tummy' },
    { id: 'tummy-sun-and-moon', part: 'tummy' },
    { id: 'tummy-i-love-you', part: 'tummy' },
    { id: 'chest-open-book', part: 'chest' },
    { id: 'arm-milking', part: 'arms' },
    { id: 'hand-palm-and-fingers', part: 'arms' },
    { id: 'other-arm', part: 'arms' },
    { id: 'face-forehead-and-nose', part: 'face' },
    { id: 'face-smile-and-jaw', part: 'face' },
    { id: 'back-back-and-forth', part: 'back' },
    { id: 'back-circles-and-combing', part: 'back' },
    { id: 'gentle-movements', part: 'movements' },
    { id: 'closing-cuddle', part: 'closing' },
  ],
};

export const ROUTINES: Readonly<Record<RoutineId, Routine>> = {
  full: FULL_ROUTINE,
};

export function isRoutineId(value: unknown): value is RoutineId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ROUTINES, value);
}
