import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import type { SlotValue } from '../alexa/slots';
import { turnOf } from '../alexa/turn';
import { fill } from '../content/fill';
import type { CompanionWords } from '../content/types';
import { advance, greetingOf, routineUnderWay, startRoutine } from '../guide/moves';
import { LESSONS, isLessonId, lessonId, lessonNumber } from '../routine/lessons';
import { LESSON_IDS } from '../routine/types';

/** A week of practice follows each lesson, as classes run them: "this week's lesson" is the last one again until then. */
export const PRACTICE_DAYS = 6;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * "Teach me baby massage", "this week's lesson", "next lesson", "last week's lesson again", "lesson
 * three". This week's lesson is the one after the last finished, once a week of practice has passed
 * (before that, the last one again, and "next lesson" moves on any day: skipping ahead is allowed); a
 * lesson under way carries on. After the fifth, the whole massage. Words Alexa could not resolve as a
 * lesson are not trusted: they mean this week's.
 */
export function startCourse(input: HandlerInput, slot: SlotValue): Promise<Response> {
  const turn = turnOf(input);
  const words = turn.content.companion;
  const done = turn.profile.course?.done ?? [];
  const last = done.length > 0 ? Math.max(...done) : 0;
  const under = routineUnderWay(input);
  const current = under && isLessonId(under.routineId) ? lessonNumber(under.routineId) : undefined;
  const asked = slot.kind === 'matched' ? slot.id : 'this-week';
  const start = (n: number, extra: readonly string[] = []) => startRoutine(input, lessonId(n)!, [...greetingOf(input), ...extra]);

  if (/^[1-5]$/.test(asked)) return start(Number(asked));
  if (asked === 'next') {
    const next = (current ?? last) + 1;
    return next > LESSONS.length ? startRoutine(input, 'full', [...greetingOf(input), words.courseNoNext]) : start(next);
  }
  if (asked === 'last') return last === 0 ? start(1, [words.courseNoneYet]) : start(last);

  // This week's lesson.
  if (current !== undefined) return advance(input, { type: 'resume' }, { lead: [fill(words.courseCarryOn, { routine: turn.content.routines[under!.routineId].name })] });
  if (LESSON_IDS.every((id) => done.includes(lessonNumber(id)))) return startRoutine(input, 'full', [...greetingOf(input), words.courseFinished]);
  const lastDay = turn.profile.course?.lastDay;
  const since = lastDay ? Math.floor((turn.now().getTime() - Date.parse(`${lastDay}T00:00:00Z`)) / DAY_MS) : Infinity;
  if (last > 0 && since < PRACTICE_DAYS) {
    const when = fill(words.daysAgo[Math.min(Math.max(since, 0), 2)], { count: String(since) });
    return start(last, [fill(words.coursePractise, { lesson: turn.content.routines[lessonId(last)!].label, when })]);
  }
  const progress = done.length > 0 ? [fill(words.courseProgress, { done: lessonList(done, words) })] : [];
  return start(Math.min(last + 1, LESSONS.length), progress);
}

/** "lesson one", "lessons one and two", "lessons one, two and four". */
function lessonList(done: readonly number[], words: CompanionWords): string {
  const names = done.map((n) => words.numbers[n - 1]);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} ${words.and} ${names[names.length - 1]}`;
  return fill(words.lessonsDone[names.length === 1 ? 0 : 1], { list });
}
