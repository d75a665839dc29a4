/**
 * What the guide knows of a parent (visits, finished routines, pace) and the rules that follow from it.
 * Stored by lambda/storage/stored-state.ts; nothing here knows how.
 */

/** How the parent likes the guide to sound, remembered between sessions. */
export interface Preferences {
  /** Speaking rate of the guide's voice, percent of Alexa's normal rate (within `PACE_LIMITS.rate`). */
  readonly rate?: number;
  /** Multiplies every guided pause (within `PACE_LIMITS.pauseScale`). */
  readonly pauseScale?: number;
  /** Stroke name and count, then the practice: no how-to, no prompts. */
  readonly brief?: boolean;
  /** Every prompt to talk or sing, not just one a part. */
  readonly detail?: boolean;
}

/** What the guide knows of the parent: enough to tell a first-timer from a regular. */
export interface Profile {
  /** Visits: sessions opened by the parent (not the ones "Alexa, pause" to the audio opens). */
  readonly sessions: number;
  /** Routines heard to the end. */
  readonly finished: number;
  /** The visit in which the parent first heard a routine's full opening (the safety check). */
  readonly firstOpening?: number;
  readonly prefs?: Preferences;
  /**
   * The baby's month of birth, 'YYYY-MM', kept only after the parent said yes to keeping it: the one
   * fact about the baby the skill stores (no day, no name, nothing about health).
   */
  readonly born?: string;
  /** The five-week course: the lessons finished, and the day the last one was (course/course.ts). */
  readonly course?: CourseProgress;
  /**
   * The practice log, oldest first: one entry a massage or lesson, 'YYYY-MM-DDTHH:MM routine minutes
   * percent' (UTC start; course/log.ts). Entries older than 90 days are folded into `months`.
   */
  readonly log?: readonly string[];
  /** Massages a month ('YYYY-MM') from before the log's 90 days. */
  readonly months?: Readonly<Record<string, number>>;
  /** The device's time zone (Alexa Settings API), read when the log or a reminder needs the parent's days. */
  readonly timeZone?: string;
}

/** How far through the course a parent is. */
export interface CourseProgress {
  /** Lessons finished (1 to 5), in order. */
  readonly done: readonly number[];
  /** The UTC day ('YYYY-MM-DD') a lesson was last finished: a week of practice follows each. */
  readonly lastDay?: string;
}

export const NEW_PROFILE: Profile = { sessions: 0, finished: 0 };

/** The profile's counts: two requests that each add one have added two. */
export const PROFILE_COUNTERS = ['sessions', 'finished'] as const satisfies readonly (keyof Profile)[];

/**
 * A first-timer hears the full opening with its safety check, what each routine is, and "say next"
 * hints: until they have heard a full opening, and for the rest of that visit. Asking a question on an
 * earlier visit does not make a parent a regular; finishing a routine does.
 */
export function isNewParent(profile: Profile): boolean {
  if (profile.finished > 0) return false;
  return profile.firstOpening === undefined || profile.firstOpening >= profile.sessions;
}
