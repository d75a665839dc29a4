import { Profile } from '../routine/profile';

/**
 * The baby's age from the month of birth the parent let the skill keep ('YYYY-MM'): counted from the
 * middle of that month, which is within two weeks of the truth either way, and as close as a stored
 * month allows. Nothing else about the baby is kept.
 */
export type AgeStage = 'newborn' | 'newborn-oil' | 'baby' | 'mobile' | 'toddler';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Weeks since the middle of the birth month, never below zero. */
export function weeksSince(born: string, now: Date): number {
  const [year, month] = born.split('-').map(Number);
  const middle = Date.UTC(year, month - 1, 15);
  return Math.max(0, (now.getTime() - middle) / WEEK_MS);
}

/** What suits a baby of this many weeks: the newborn massage (oil from one month), the full one, shorter ones on the move. */
export function stageOf(weeks: number): AgeStage {
  if (weeks < 4.3) return 'newborn';
  if (weeks < 6) return 'newborn-oil';
  if (weeks < 30) return 'baby';
  if (weeks < 104) return 'mobile';
  return 'toddler';
}

/** The stage of the baby whose birth month is stored, if it is. */
export function stageNow(profile: Profile, now: Date): AgeStage | undefined {
  return profile.born ? stageOf(weeksSince(profile.born, now)) : undefined;
}
