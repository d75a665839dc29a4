import { Preferences } from './state';

/** What a parent can ask of the guide's pace, by the slot value ids of the PACE type. */
export const PACE_CHANGES = ['slower', 'faster', 'longer-pauses', 'shorter-pauses', 'brief', 'detail', 'normal'] as const;
export type PaceChange = (typeof PACE_CHANGES)[number];

export const DEFAULT_RATE = 88;
const RATE_STEP = 6;
const MIN_RATE = 80;
const MAX_RATE = 100;
const PAUSE_STEP = 0.25;
const MIN_PAUSE_SCALE = 0.6;
const MAX_PAUSE_SCALE = 2;

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
 * speech builder keeps to (a rate of 80-100 % of Alexa's, pauses from 0.6 to 2 times as long).
 */
export function changePace(prefs: Preferences | undefined, change: PaceChange): PaceResult {
  const current = prefs ?? {};
  const rate = current.rate ?? DEFAULT_RATE;
  const scale = current.pauseScale ?? 1;
  const next = (updated: Preferences): PaceResult => ({ prefs: tidy(updated), atLimit: JSON.stringify(tidy(updated)) === JSON.stringify(tidy(current)) });
  switch (change) {
    case 'slower':
      return next({ ...current, rate: Math.max(MIN_RATE, rate - RATE_STEP) });
    case 'faster':
      return next({ ...current, rate: Math.min(MAX_RATE, rate + RATE_STEP) });
    case 'longer-pauses':
      return next({ ...current, pauseScale: Math.min(MAX_PAUSE_SCALE, round(scale + PAUSE_STEP)) });
    case 'shorter-pauses':
      return next({ ...current, pauseScale: Math.max(MIN_PAUSE_SCALE, round(scale - PAUSE_STEP)) });
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
  if (prefs.rate !== undefined && prefs.rate !== DEFAULT_RATE) out.rate = prefs.rate;
  if (prefs.pauseScale !== undefined && prefs.pauseScale !== 1) out.pauseScale = prefs.pauseScale;
  if (prefs.brief) out.brief = true;
  if (prefs.detail) out.detail = true;
  return out;
}
