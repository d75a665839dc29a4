import type { Preferences } from './profile';

/** What a parent can ask of the guide's pace, by the slot value ids of the PACE type. */
export const PACE_CHANGES = ['slower', 'faster', 'longer-pauses', 'shorter-pauses', 'brief', 'detail', 'normal'] as const;
export type PaceChange = (typeof PACE_CHANGES)[number];

/**
 * How far a parent's pace may move, defined once: the speech builder keeps every voice within it and
 * the stored-state reader drops anything outside it. Below 80 % of Alexa's rate the voice starts to
 * sound odd; the guide's own calm rate is 88 %.
 */
export const PACE_LIMITS = {
  rate: { min: 80, max: 100, calm: 88, step: 6 },
  pauseScale: { min: 0.6, max: 2, step: 0.25 },
} as const;

export function isPaceChange(value: unknown): value is PaceChange {
  return PACE_CHANGES.includes(value as PaceChange);
}

/** The result of a change: the new preferences, and whether it went as far as it can already. */
export interface PaceResult {
  readonly prefs: Preferences;
  /** Already as slow (fast, long, short) as the guide goes: nothing changed. */
  readonly atLimit: boolean;
}

/**
 * Applies "slower", "longer pauses", "less talking"... to a parent's preferences, within the range the
 * speech builder keeps to (`PACE_LIMITS`).
 */
export function changePace(prefs: Preferences | undefined, change: PaceChange): PaceResult {
  const current = prefs ?? {};
  const rate = current.rate ?? PACE_LIMITS.rate.calm;
  const scale = current.pauseScale ?? 1;
  const next = (updated: Preferences): PaceResult => ({ prefs: tidy(updated), atLimit: JSON.stringify(tidy(updated)) === JSON.stringify(tidy(current)) });
  switch (change) {
    case 'slower':
      return next({ ...current, rate: Math.max(PACE_LIMITS.rate.min, rate - PACE_LIMITS.rate.step) });
    case 'faster':
      return next({ ...current, rate: Math.min(PACE_LIMITS.rate.max, rate + PACE_LIMITS.rate.step) });
    case 'longer-pauses':
      return next({ ...current, pauseScale: Math.min(PACE_LIMITS.pauseScale.max, round(scale + PACE_LIMITS.pauseScale.step)) });
    case 'shorter-pauses':
      return next({ ...current, pauseScale: Math.max(PACE_LIMITS.pauseScale.min, round(scale - PACE_LIMITS.pauseScale.step)) });
    case 'brief':
      return next({ ...current, brief: true, detail: undefined });
    case 'detail':
      return next({ ...current, detail: true, brief: undefined });
    case 'normal':
      return { prefs: {}, atLimit: false };
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Drops defaults, so an unchanged parent stores nothing. */
function tidy(prefs: Preferences): Preferences {
  const out: { rate?: number; pauseScale?: number; brief?: boolean; detail?: boolean } = {};
  if (prefs.rate !== undefined && prefs.rate !== PACE_LIMITS.rate.calm) out.rate = prefs.rate;
  if (prefs.pauseScale !== undefined && prefs.pauseScale !== 1) out.pauseScale = prefs.pauseScale;
  if (prefs.brief) out.brief = true;
  if (prefs.detail) out.detail = true;
  return out;
}
