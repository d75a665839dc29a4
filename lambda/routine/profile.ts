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
