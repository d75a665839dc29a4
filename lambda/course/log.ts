import { isLessonId, lessonNumber } from '../routine/lessons';
import { CourseProgress, Profile } from '../routine/profile';
import { isRoutineId } from '../routine/routines';
import { LessonId, RoutineId, RoutineState } from '../routine/types';
import { positionOf } from '../routine/machine';

/**
 * The practice log: one entry a massage or lesson, kept as a short string so that a parent's item stays
 * small ('2026-12-05T19:04 full 28 100': when it began (UTC, to the minute), which routine, about how
 * many minutes, how far in percent). The log answers "how many massages this week"; it never keeps a
 * streak. Entries older than LOG_DAYS are folded into a count a month.
 */
export interface LogEntry {
  /** 'YYYY-MM-DDTHH:MM', UTC. */
  readonly at: string;
  readonly routineId: RoutineId;
  readonly minutes: number;
  /** How far through the routine the parent got: 100 is to its end. */
  readonly percent: number;
}

/** Days an entry stays in the log before it is folded into its month's count. */
export const LOG_DAYS = 90;
/**
 * The most entries kept however often a parent massages, so that their item stays under 4 KB (about
 * 3.5 KB at the most): once a day, 90 days fit; more often, the older entries fold into their month sooner.
 */
export const MAX_LOG_ENTRIES = 90;
/** Months of counts kept: two years. */
export const MAX_MONTHS = 24;

const ENTRY = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}) ([a-z0-9-]{1,20}) (\d{1,3}) (\d{1,3})$/;
export const MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export function parseEntry(text: string): LogEntry | undefined {
  const found = ENTRY.exec(text);
  if (!found || Number.isNaN(Date.parse(`${found[1]}Z`)) || !isRoutineId(found[2])) return undefined;
  const percent = Number(found[4]);
  return percent > 100 ? undefined : { at: found[1], routineId: found[2], minutes: Number(found[3]), percent };
}

export function formatEntry(entry: LogEntry): string {
  return `${entry.at} ${entry.routineId} ${entry.minutes} ${entry.percent}`;
}

/** A time as the log keeps it: UTC, to the minute. */
export function minuteOf(date: Date): string {
  return date.toISOString().slice(0, 16);
}

export function entries(profile: Profile): LogEntry[] {
  return (profile.log ?? []).map(parseEntry).filter((e): e is LogEntry => e !== undefined);
}

export function timeOf(entry: LogEntry): number {
  return Date.parse(`${entry.at}Z`);
}

/**
 * The log and course as a routine's move (`before` to `routine`) makes them (a rule, made again as it is
 * on a newer item when another request wrote first, so it only ever sets what this run's entry says): a run is stamped
 * with its start; once past its opening it has an entry, which grows as the run goes on; a finished
 * lesson is marked done. Entries past LOG_DAYS fold into their month.
 */
export function withPractice(before: RoutineState | undefined, profile: Profile, routine: RoutineState | undefined, now: Date): { profile: Profile; routine: RoutineState | undefined } {
  if (!routine || sameRun(before, routine)) return { profile, routine };
  const run: RoutineState = routine.started ? routine : { ...routine, started: minuteOf(now) };
  const { routine: steps, index } = positionOf(run);
  const finished = run.status === 'finished';
  if (index === 0 && !finished) return { profile, routine: run };
  const percent = finished ? 100 : Math.round((100 * index) / (steps.steps.length - 1));
  const entry: LogEntry = { at: run.started!, routineId: run.routineId, minutes: Math.max(1, Math.round((steps.minutes * percent) / 100)), percent };
  const course = finished && isLessonId(run.routineId) ? finishLesson(profile.course, run.routineId, now) : profile.course;
  const withCourse = course ? { ...profile, course } : profile;
  // Every move of a run updates its own entry, the last or nearly: only a new run's entry is appended
  // (and only then is the log folded), so a "next" reads one entry, not the whole log.
  const log = profile.log ?? [];
  const prefix = `${entry.at} ${entry.routineId} `;
  let same = -1;
  for (let i = log.length - 1; i >= 0 && same < 0; i--) if (log[i].startsWith(prefix)) same = i;
  if (same >= 0) {
    const was = parseEntry(log[same]);
    const merged = was ? { ...entry, percent: Math.max(was.percent, entry.percent), minutes: Math.max(was.minutes, entry.minutes) } : entry;
    const updated = [...log];
    updated[same] = formatEntry(merged);
    return { profile: { ...withCourse, log: updated }, routine: run };
  }
  return { profile: { ...withCourse, ...fold(profile, [...entries(profile), entry], now) }, routine: run };
}

/** The same place in the same run: nothing for the log to note (a pause, an offset in the audio). */
function sameRun(before: RoutineState | undefined, after: RoutineState): boolean {
  return before !== undefined && before.routineId === after.routineId && before.stepId === after.stepId && before.status === after.status && before.started === after.started;
}

function finishLesson(course: CourseProgress | undefined, lesson: LessonId, now: Date): CourseProgress {
  const done = [...new Set([...(course?.done ?? []), lessonNumber(lesson)])].sort((a, b) => a - b);
  return { done, lastDay: now.toISOString().slice(0, 10) };
}

/** Entries older than LOG_DAYS (or past MAX_LOG_ENTRIES) become their month's count; at most MAX_MONTHS months. */
function fold(profile: Profile, log: LogEntry[], now: Date): Pick<Profile, 'log' | 'months'> {
  const months: Record<string, number> = { ...(profile.months ?? {}) };
  const cutoff = now.getTime() - LOG_DAYS * DAY_MS;
  const sorted = [...log].sort((a, b) => timeOf(a) - timeOf(b));
  const overflow = Math.max(0, sorted.length - MAX_LOG_ENTRIES);
  const kept: LogEntry[] = [];
  sorted.forEach((entry, i) => {
    if (i < overflow || timeOf(entry) < cutoff) months[entry.at.slice(0, 7)] = (months[entry.at.slice(0, 7)] ?? 0) + 1;
    else kept.push(entry);
  });
  const recent = Object.keys(months).sort().slice(-MAX_MONTHS);
  const trimmed = Object.fromEntries(recent.map((m) => [m, months[m]]));
  return {
    log: kept.map(formatEntry),
    ...(recent.length > 0 ? { months: trimmed } : {}),
  };
}

/** Massages begun in the seven days before `now` (past their opening). */
export function thisWeek(profile: Profile, now: Date): LogEntry[] {
  const since = now.getTime() - 7 * DAY_MS;
  return entries(profile).filter((e) => timeOf(e) > since && timeOf(e) <= now.getTime());
}
