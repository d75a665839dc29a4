import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import type { SlotValue } from '../alexa/slots';
import { turnOf } from '../alexa/turn';
import { LogEntry, entries, timeOf } from '../course/log';
import { fill } from '../content/fill';
import { CompanionWords } from '../content/types';
import { routineUnderWay } from '../guide/moves';
import { showScreen } from '../screens/support';
import { daysBefore, localDay, timeZoneOf, weekdayOf } from './time-zone';
import { thenWayBack } from './way-back';

type Period = 'week' | 'today' | 'yesterday' | 'last' | 'month' | 'all';
const PERIODS: readonly Period[] = ['week', 'today', 'yesterday', 'last', 'month', 'all'];

/**
 * "How many massages this week", "what did we do last time", "how long did we massage yesterday":
 * answered from the practice log in the parent's own days (the device's time zone), counts and minutes
 * only, never a streak. On a screen, the week as a picture. Words Alexa could not resolve as a period
 * mean the week.
 */
export async function answerLog(input: HandlerInput, slot: SlotValue): Promise<Response> {
  const turn = turnOf(input);
  const { content } = turn;
  const words = content.companion;
  const period: Period = slot.kind === 'matched' && PERIODS.includes(slot.id as Period) ? (slot.id as Period) : 'week';
  const zone = await timeZoneOf(input);
  const now = turn.now().getTime();
  const log = entries(turn.profile).filter((e) => timeOf(e) <= now);
  const today = localDay(now, zone);
  // Each entry's day in the parent's zone, worked out once.
  const days = new Map(log.map((e) => [e, localDay(timeOf(e), zone)] as const));
  const dayOf = (e: LogEntry) => days.get(e)!;
  const week = Array.from({ length: 7 }, (_, i) => daysBefore(today, 6 - i));
  const lines = ((): string[] => {
    if (log.length === 0 && !turn.profile.months) return [words.logEmpty];
    switch (period) {
      case 'today':
      case 'yesterday': {
        const day = period === 'today' ? today : daysBefore(today, 1);
        const label = period === 'today' ? words.today : words.yesterday;
        const those = log.filter((e) => dayOf(e) === day);
        if (those.length === 0) return [fill(words.logDayNone, { day: label })];
        return [fill(words.logDay, { day: label, list: those.map((e) => `${content.routines[e.routineId].name}, ${minutes(words, e.minutes)}`).join('; ') })];
      }
      case 'last': {
        const last = log[log.length - 1];
        if (!last) return [words.logEmpty];
        const day = dayOf(last);
        const when = day === today ? words.today.toLowerCase() : day === daysBefore(today, 1) ? words.yesterday.toLowerCase() : fill(words.onDay, { day: words.weekdays[weekdayOf(day)] });
        return [fill(words.logLast, { when, routine: content.routines[last.routineId].name, minutes: minutes(words, last.minutes), far: farOf(words, last.percent) })];
      }
      case 'month': {
        const month = today.slice(0, 7);
        const count = log.filter((e) => dayOf(e).startsWith(month)).length + (turn.profile.months?.[month] ?? 0);
        return [fill(words.logMonth, { count: massages(words, count) })];
      }
      case 'all': {
        const count = log.length + Object.values(turn.profile.months ?? {}).reduce((sum, n) => sum + n, 0);
        return [fill(words.logAll, { count: massages(words, count) })];
      }
      case 'week': {
        const those = log.filter((e) => week.includes(dayOf(e)));
        if (those.length === 0) return [words.logWeekNone];
        const total = those.reduce((sum, e) => sum + e.minutes, 0);
        return [fill(words.logWeek, { count: capitalise(massages(words, those.length)), minutes: minutes(words, total) })];
      }
    }
  })();
  const circles = week.map((day) => ({ label: words.weekdays[weekdayOf(day)].slice(0, 3), count: log.filter((e) => dayOf(e) === day).length }));
  showScreen(input, (views) => views.weekView(content, circles, lines.join(' '), routineUnderWay(input) !== undefined));
  return thenWayBack(input, lines);
}

function massages(words: CompanionWords, count: number): string {
  return fill(words.massages[count === 1 ? 0 : 1], { count: String(count) });
}

function minutes(words: CompanionWords, count: number): string {
  return fill(words.minutesAbout[count === 1 ? 0 : 1], { count: String(count) });
}

function farOf(words: CompanionWords, percent: number): string {
  return percent >= 100 ? words.far[0] : percent >= 65 ? words.far[1] : percent >= 35 ? words.far[2] : words.far[3];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

