import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { getSlot } from '../alexa/sdk';
import { SlotName } from '../alexa/intents';
import { readSlot } from '../alexa/slots';
import { turnOf } from '../alexa/turn';
import { AgeStage, stageOf, weeksSince } from '../course/age';
import { fill } from '../content/fill';
import { CompanionWords } from '../content/types';
import type { RoutineId } from '../routine/types';
import { ask } from '../speech/respond';
import { thenWayBack } from './way-back';

type Unit = keyof CompanionWords['units'];
const UNITS: readonly Unit[] = ['day', 'week', 'month', 'year'];
const WEEKS_PER: Readonly<Record<Unit, number>> = { day: 1 / 7, week: 1, month: 4.35, year: 52.18 };

/** The routine each age points at, when "yes" follows the answer. */
const SUGGESTED: Readonly<Partial<Record<AgeStage, RoutineId>>> = { newborn: 'newborn', 'newborn-oil': 'newborn', mobile: 'quick' };

/**
 * "My baby is seven weeks old", "she was born in March": what suits that age, then, with consent, the
 * month and year of birth kept (no day, no name: the one fact about the baby the skill stores). A birth
 * month Alexa read forward into the future ("March", said in December) is last March. An age the skill
 * could not read is asked again, nothing kept.
 */
export function hearAge(input: HandlerInput): Response {
  const turn = turnOf(input);
  const words = turn.content.companion;
  const now = turn.now();
  const heard = birthOf(input, now);
  if (!heard) return ask(input, words.ageUnclear, words.ageUnclear);
  const { born, said, weeks } = heard;
  const stage = stageOf(weeks);
  const lines = [fill(words.ageHeard, { age: said }), suggestionFor(words, stage)];
  if (turn.profile.born === born) return thenWayBack(input, [...lines, fill(words.ageAlready, { month: monthName(words, born) })], SUGGESTED[stage]);
  turn.offer = 'remember-age';
  turn.pending = born;
  return ask(input, [...lines, fill(words.ageAsk, { month: monthName(words, born) })], words.ageAskReprompt);
}

/** "Yes" or "no" to keeping the birth month this session heard. */
export function answerAgeConsent(input: HandlerInput, keep: boolean): Response {
  const turn = turnOf(input);
  const words = turn.content.companion;
  const born = turn.last.pending;
  const stage = born ? stageOf(weeksSince(born, turn.now())) : undefined;
  const suggested = stage ? SUGGESTED[stage] : undefined;
  if (!keep || !born) return thenWayBack(input, [words.ageNotKept], suggested);
  turn.profile = { ...turn.profile, born };
  return thenWayBack(input, [fill(words.ageKept, { month: monthName(words, born) })], suggested);
}

/** "How old is my baby": from the month kept, or how to tell the skill. */
export function sayAge(input: HandlerInput): Response {
  const turn = turnOf(input);
  const words = turn.content.companion;
  const born = turn.profile.born;
  if (!born) return thenWayBack(input, [words.howOldUnknown]);
  const weeks = weeksSince(born, turn.now());
  return thenWayBack(input, [fill(words.howOld, { month: monthName(words, born), age: ageWords(words, weeks) })], SUGGESTED[stageOf(weeks)]);
}

/** "Forget my baby's age". */
export function forgetAge(input: HandlerInput): Response {
  const turn = turnOf(input);
  const words = turn.content.companion;
  if (!turn.profile.born) return thenWayBack(input, [words.ageNothingToForget]);
  const { born: _forgotten, ...rest } = turn.profile;
  turn.profile = rest;
  return thenWayBack(input, [words.ageForgotten]);
}

/** What suits a baby of this stage, in a sentence. */
export function suggestionFor(words: CompanionWords, stage: AgeStage): string {
  return { newborn: words.ageNewborn, 'newborn-oil': words.ageNewbornOil, baby: words.ageBaby, mobile: words.ageMobile, toddler: words.ageToddler }[stage];
}

/** The birth month the slots say, as the parent said it, and the age in weeks; undefined when they say none. */
function birthOf(input: HandlerInput, now: Date): { born: string; said: string; weeks: number } | undefined {
  const words = turnOf(input).content.companion;
  const date = getSlot(input.requestEnvelope, SlotName.Born)?.value;
  if (date) {
    const found = /^(\d{4}|XXXX)-(\d{2})/.exec(date);
    if (!found) return undefined;
    const month = Number(found[2]);
    let year = found[1] === 'XXXX' ? now.getUTCFullYear() : Number(found[1]);
    // Alexa reads a month alone forward ("March", said in December, is next March): a birth is in the past.
    if (found[1] === 'XXXX' || year === now.getUTCFullYear() + 1) {
      if (year * 12 + month > now.getUTCFullYear() * 12 + now.getUTCMonth() + 1) year -= 1;
    }
    // A birth still in the future (a year said wrong, or heard wrong), or years ago: asked again.
    const future = year * 12 + month > now.getUTCFullYear() * 12 + now.getUTCMonth() + 1;
    if (month < 1 || month > 12 || future || now.getUTCFullYear() - year > 5) return undefined;
    const born = `${year}-${String(month).padStart(2, '0')}`;
    return { born, said: monthName(words, born), weeks: weeksSince(born, now) };
  }
  const unit = readSlot(input, SlotName.Unit);
  if (unit.kind !== 'matched' || !UNITS.includes(unit.id as Unit)) return undefined;
  const value = getSlot(input.requestEnvelope, SlotName.Number)?.value;
  // "She's a month old": no number, one.
  const count = value === undefined || value === '' ? 1 : Number(value);
  if (!Number.isInteger(count) || count < 0) return undefined;
  const weeks = count * WEEKS_PER[unit.id as Unit];
  if (weeks > 5 * 52) return undefined;
  const birth = new Date(now.getTime() - weeks * 7 * 24 * 60 * 60 * 1000);
  const born = `${birth.getUTCFullYear()}-${String(birth.getUTCMonth() + 1).padStart(2, '0')}`;
  return { born, said: `${count} ${words.units[unit.id as Unit][count === 1 ? 0 : 1]}`, weeks };
}

/** "October 2026", "outubro de 2026". */
export function monthName(words: CompanionWords, born: string): string {
  const [year, month] = born.split('-').map(Number);
  return fill(words.monthYear, { month: words.months[month - 1], year: String(year) });
}

/** "7 weeks", "5 months", "1 year": the unit a parent would use at that age. */
function ageWords(words: CompanionWords, weeks: number): string {
  const [unit, count] = weeks < 13 ? (['week', Math.max(1, Math.round(weeks))] as const) : weeks < 104 ? (['month', Math.round(weeks / 4.35)] as const) : (['year', Math.floor(weeks / 52.18)] as const);
  return `${count} ${words.units[unit][count === 1 ? 0 : 1]}`;
}
