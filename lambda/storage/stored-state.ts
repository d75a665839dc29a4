/**
 * The stored state's schema: what one parent's item holds, its versions and the migrations between
 * them, and the validation that turns whatever a store hands back into a routine and profile that fit
 * this release.
 */
import { ROUTINES, indexOf, isRoutineId } from '../routine/routines';
import { CourseProgress, NEW_PROFILE, Preferences, Profile } from '../routine/profile';
import { MAX_LOG_ENTRIES, MAX_MONTHS, MINUTE, MONTH, parseEntry } from '../course/log';
import { PACE_LIMITS } from '../routine/pace';
import { BodyPart, LESSON_IDS, MASSAGE_PARTS, MAX_STEP_AUDIO_MS, MassagePart, RoutineState, RoutineStatus } from '../routine/types';

/**
 * Version of the stored shape. Version 1 kept the full routine's step by index; version 2 names the
 * routine and the step by id and adds the parent's profile (visits, finished routines, pace); version
 * 3 adds the companion: the baby's month of birth (with consent), the course's progress, the practice
 * log and its monthly counts, the device's time zone, and each run's start. A version 2 item reads as
 * it is (every new field is optional) and is written back as version 3 by the first turn that reads it.
 * A newer version than this release knows is left as it is: a rollback must not reset parents.
 */
export const STATE_VERSION = 3;

/** What the persistence adapter holds for one user. */
export interface StoredState {
  readonly version: number;
  readonly routine?: RoutineState;
  readonly profile?: Profile;
  readonly updatedAt?: string;
}

/** Why stored state could not be used as it was. */
export type StateProblem = 'corrupt' | 'outdated' | 'unknown-routine';

export interface ReadState {
  readonly routine?: RoutineState;
  readonly profile?: Profile;
  readonly problem?: StateProblem;
  /** Stored by a newer release: nothing in it is used, and nothing is saved over it. */
  readonly newer?: true;
  /** Stored by an older release: written back in this release's shape by the turn that read it. */
  readonly older?: true;
}

/** The full routine's steps as version 1 stored them, by index: frozen, whatever the routine becomes. */
const V1_FULL_STEPS = [
  'opening', 'leg-indian-milking', 'leg-hug-and-glide', 'foot-sole', 'foot-top-and-ankle', 'leg-swedish-milking',
  'other-leg', 'legs-integration', 'tummy-water-wheel', 'tummy-sun-and-moon', 'tummy-i-love-you', 'chest-open-book',
  'arm-milking', 'hand-palm-and-fingers', 'other-arm', 'face-forehead-and-nose', 'face-smile-and-jaw',
  'back-back-and-forth', 'back-circles-and-combing', 'gentle-movements', 'closing-cuddle',
] as const;

/**
 * Step ids a release no longer has, and the step that replaced them. Add a line here when a step is
 * renamed or merged, so a parent stored on it lands where they would expect.
 */
const RETIRED_STEPS: Readonly<Record<string, string>> = {
  // Just the legs and just the arms end after both sides now: their "once more" became the cuddle.
  'once-more': 'closing-cuddle',
};

const STATUSES: readonly RoutineStatus[] = ['in-progress', 'paused', 'finished'];
const STEP_ID = /^[a-z0-9-]{1,64}$/;
const MAX_TIME_LENGTH = 40;

/**
 * Reads whatever the store handed back and returns a routine and profile that fit this release, or
 * none with the reason. Empty input is a new parent, not a problem. Unknown keys are dropped, every
 * string is bounded, and a stored step that no longer exists lands on the nearest sensible one.
 */
export function readStoredState(raw: unknown): ReadState {
  if (raw === undefined || raw === null) return {};
  if (!isRecord(raw)) return { problem: 'corrupt' };
  if (Object.keys(raw).length === 0) return {};
  const { version } = raw;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { problem: 'corrupt' };
  if (version > STATE_VERSION) return { newer: true };
  const older = version < STATE_VERSION ? { older: true as const } : {};
  const profile = readProfile(raw.profile);
  if (raw.routine === undefined) return { profile, ...older };
  const read = version === 1 ? readVersion1Routine(raw.routine) : readRoutineState(raw.routine);
  if (!read.routine) return { ...read, profile, ...older };
  // A place stored before firstOpening existed was reached through an opening heard on the first visit.
  const sessions = version === 1 ? Math.max(profile.sessions, 1) : profile.sessions;
  return { ...read, profile: { ...profile, sessions, firstOpening: profile.firstOpening ?? 1 }, ...older };
}

/** Version 1: `{ routineId: 'full', stepIndex, status, pausedAt }`, migrated with the place intact. */
function readVersion1Routine(raw: unknown): ReadState {
  if (!isRecord(raw)) return { problem: 'corrupt' };
  const { routineId, stepIndex } = raw;
  if (routineId !== 'full') return { problem: typeof routineId === 'string' ? 'unknown-routine' : 'corrupt' };
  if (typeof stepIndex !== 'number' || !Number.isInteger(stepIndex) || stepIndex < 0) return { problem: 'corrupt' };
  if (stepIndex >= V1_FULL_STEPS.length) return { problem: 'outdated' };
  return readRoutineState({ ...raw, stepId: V1_FULL_STEPS[stepIndex] });
}

/** Validates a routine state on its own (session attributes carry it too). */
export function readRoutineState(raw: unknown): ReadState {
  if (!isRecord(raw)) return { problem: 'corrupt' };
  const { routineId, stepId, status, pausedAt, skipParts, audio, jumpedFrom, partial, started } = raw;
  if (!isRoutineId(routineId)) return { problem: typeof routineId === 'string' ? 'unknown-routine' : 'corrupt' };
  if (typeof stepId !== 'string' || !STEP_ID.test(stepId)) return { problem: 'corrupt' };
  if (!STATUSES.includes(status as RoutineStatus)) return { problem: 'corrupt' };
  const routine: RoutineState = {
    routineId,
    stepId: nearestStep(routineId, stepId),
    status: status as RoutineStatus,
    ...(isTime(pausedAt) ? { pausedAt } : {}),
  };
  const parts = readSkipParts(skipParts);
  const playing = readAudio(audio);
  const from = typeof jumpedFrom === 'string' && indexOf(ROUTINES[routineId], jumpedFrom) >= 0 ? { jumpedFrom } : {};
  return {
    routine: { ...routine, ...(parts.length > 0 ? { skipParts: parts } : {}), ...(playing ? { audio: playing } : {}), ...from, ...(partial === true ? { partial: true as const } : {}), ...(typeof started === 'string' && MINUTE.test(started) && isTime(`${started}Z`) ? { started } : {}) },
  };
}

/**
 * A step id this routine has, for one it may not have: itself, its replacement, the first step of the
 * same body part, or the routine's first step.
 */
export function nearestStep(routineId: RoutineState['routineId'], stepId: string): string {
  const routine = ROUTINES[routineId];
  if (indexOf(routine, stepId) >= 0) return stepId;
  const replacement = RETIRED_STEPS[stepId];
  if (replacement && indexOf(routine, replacement) >= 0) return replacement;
  const part = partOf(replacement ?? stepId);
  const samePart = part ? routine.steps.find((s) => s.part === part) : undefined;
  return (samePart ?? routine.steps[0]).id;
}

/** The body part a step id belongs to in any routine (or that an unknown id names by its prefix). */
function partOf(stepId: string): BodyPart | undefined {
  for (const routine of Object.values(ROUTINES)) {
    const found = routine.steps.find((s) => s.id === stepId);
    if (found) return found.part;
  }
  const prefix = /^(leg|foot|tummy|chest|arm|hand|face|back)/.exec(stepId)?.[1];
  const byPrefix: Record<string, BodyPart> = { leg: 'legs', foot: 'legs', tummy: 'tummy', chest: 'chest', arm: 'arms', hand: 'arms', face: 'face', back: 'back' };
  return prefix ? byPrefix[prefix] : undefined;
}

export function readProfile(raw: unknown): Profile {
  if (!isRecord(raw)) return NEW_PROFILE;
  const prefs = readPreferences(raw.prefs);
  const sessions = count(raw.sessions);
  const firstOpening = count(raw.firstOpening);
  const course = readCourse(raw.course);
  const log = Array.isArray(raw.log) ? raw.log.filter((e): e is string => typeof e === 'string' && parseEntry(e) !== undefined).slice(-MAX_LOG_ENTRIES) : [];
  const months = readMonths(raw.months);
  return {
    sessions,
    finished: count(raw.finished),
    ...(firstOpening >= 1 && firstOpening <= sessions ? { firstOpening } : {}),
    ...(prefs ? { prefs } : {}),
    ...(typeof raw.born === 'string' && MONTH.test(raw.born) ? { born: raw.born } : {}),
    ...(course ? { course } : {}),
    ...(log.length > 0 ? { log } : {}),
    ...(months ? { months } : {}),
    ...(typeof raw.timeZone === 'string' && TIME_ZONE.test(raw.timeZone) ? { timeZone: raw.timeZone } : {}),
  };
}

/** An IANA zone name as the Settings API gives it ('Europe/London', 'America/Argentina/Buenos_Aires'). */
export const TIME_ZONE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function readCourse(raw: unknown): CourseProgress | undefined {
  if (!isRecord(raw) || !Array.isArray(raw.done)) return undefined;
  const done = [...new Set(raw.done.filter((n): n is number => Number.isInteger(n) && n >= 1 && n <= LESSON_IDS.length))].sort((a, b) => a - b);
  const lastDay = typeof raw.lastDay === 'string' && DAY.test(raw.lastDay) && isTime(raw.lastDay) ? raw.lastDay : undefined;
  return { done, ...(lastDay ? { lastDay } : {}) };
}

function readMonths(raw: unknown): Record<string, number> | undefined {
  if (!isRecord(raw)) return undefined;
  const months = Object.entries(raw).filter(([month, n]) => MONTH.test(month) && count(n) > 0).sort(([a], [b]) => a.localeCompare(b)).slice(-MAX_MONTHS);
  return months.length > 0 ? Object.fromEntries(months.map(([month, n]) => [month, count(n)])) : undefined;
}

/** Preferences within the limits the speech builder applies; anything else is dropped. */
export function readPreferences(raw: unknown): Preferences | undefined {
  if (!isRecord(raw)) return undefined;
  const prefs: { rate?: number; pauseScale?: number; brief?: boolean; detail?: boolean } = {};
  const { rate, pauseScale } = PACE_LIMITS;
  if (typeof raw.rate === 'number' && raw.rate >= rate.min && raw.rate <= rate.max) prefs.rate = Math.round(raw.rate);
  if (typeof raw.pauseScale === 'number' && raw.pauseScale >= pauseScale.min && raw.pauseScale <= pauseScale.max) prefs.pauseScale = Math.round(raw.pauseScale * 100) / 100;
  if (raw.brief === true) prefs.brief = true;
  else if (raw.detail === true) prefs.detail = true;
  return Object.keys(prefs).length > 0 ? prefs : undefined;
}

function readAudio(raw: unknown): RoutineState['audio'] | undefined {
  if (!isRecord(raw)) return undefined;
  const { offsetMs, failed } = raw;
  if (typeof offsetMs !== 'number' || !Number.isInteger(offsetMs) || offsetMs < 0 || offsetMs > MAX_STEP_AUDIO_MS) return undefined;
  return { offsetMs, ...(failed === true ? { failed: true as const } : {}) };
}

function readSkipParts(raw: unknown): MassagePart[] {
  if (!Array.isArray(raw)) return [];
  return [...new Set(raw.filter((p): p is MassagePart => MASSAGE_PARTS.includes(p as MassagePart)))];
}

function count(raw: unknown): number {
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 ? Math.min(raw, 1_000_000) : 0;
}

function isTime(raw: unknown): raw is string {
  return typeof raw === 'string' && raw.length <= MAX_TIME_LENGTH && !Number.isNaN(Date.parse(raw));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function toStoredState(routine: RoutineState | undefined, profile: Profile, now: Date): StoredState {
  return { version: STATE_VERSION, ...(routine ? { routine } : {}), profile, updatedAt: now.toISOString() };
}

