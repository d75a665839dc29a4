import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { turnOf } from '../alexa/turn';
import { fill } from '../content/fill';
import type { StatementKind } from '../content/understand';
import { positionOf } from '../routine/machine';
import { isWorthOffering } from '../routine/progress';
import { ask, goodbye } from '../speech/respond';
import { answerQuestion } from './answers';
import { advance, answerInPlace, pauseAndKeep, placeOf, routineUnderWay } from './moves';

/**
 * What the guide does when a parent says something about the baby, by what it means. The statement
 * intents (BabyAsleepIntent...) and a statement in the parent's own words (StatementIntent, through the
 * classifier) come here alike.
 */

/** Paused while the parent sees to the baby ({part} in `line`), with the place kept. */
function pauseFor(input: HandlerInput, line: string): Promise<Response> {
  const { content } = turnOf(input);
  const routine = turnOf(input).routine;
  const part = routine ? content.parts[positionOf(routine).step.part] : content.parts.opening;
  return advance(input, { type: 'pause', at: turnOf(input).now().toISOString() }, { paused: [fill(line, { part })], pausedReprompt: content.phrases.needsReprompt });
}

/** Not today: what to do, and the place kept for another day; nothing about the baby's health is stored. */
async function notToday(input: HandlerInput, line: string): Promise<Response> {
  const { phrases } = turnOf(input).content;
  const routine = turnOf(input).routine;
  if (!isWorthOffering(routine)) return goodbye(input, line);
  const kept = await pauseAndKeep(input, routine);
  return goodbye(input, `${line} ${kept ? phrases.unwellPlaceKept : phrases.placeNotSaved}`);
}

export function respondToStatement(input: HandlerInput, kind: StatementKind): Response | Promise<Response> {
  return RESPONSES[kind](input);
}

const RESPONSES: Readonly<Record<StatementKind, (input: HandlerInput) => Response | Promise<Response>>> = {
  /** "she fell asleep": a sleeping baby is not massaged. The place is kept, and the session ends quietly. */
  async asleep(input) {
    const { phrases } = turnOf(input).content;
    const routine = turnOf(input).routine;
    if (!isWorthOffering(routine)) return goodbye(input, phrases.asleepNothingKept);
    const kept = await pauseAndKeep(input, routine);
    return goodbye(input, kept ? fill(phrases.asleep, placeOf(input, routine)) : phrases.asleepNotSaved);
  },
  /** "the baby's crying", "he's upset": paused at once, with comfort advice; "resume" carries on. */
  crying(input) {
    const { phrases } = turnOf(input).content;
    return advance(input, { type: 'pause', at: turnOf(input).now().toISOString() }, { paused: [phrases.upset], pausedReprompt: phrases.upsetReprompt });
  },
  /** "she's hungry", "I need to feed him", "I have to change her nappy", "he's been sick": paused, the place kept. */
  needs: (input) => pauseFor(input, turnOf(input).content.phrases.needs),
  /** "she's hungry", "I need to feed him": paused, and wait about forty-five minutes after the feed. */
  feeding: (input) => pauseFor(input, turnOf(input).content.phrases.feeding),
  /**
   * "my baby has a fever", "she's unwell", "he had his jabs today": not today, with who to ask. The
   * place is kept for another day; nothing about the baby's health is stored.
   */
  unwell: (input) => notToday(input, turnOf(input).content.phrases.unwell),
  /** "she has a fever": not today, and under three months a call to the doctor today. */
  fever: (input) => notToday(input, turnOf(input).content.phrases.fever),
  /** "he looks yellow", "she has jaundice": the midwife or doctor first. */
  jaundice: (input) => notToday(input, turnOf(input).content.phrases.jaundice),
  /** "she's got hiccups", "he keeps sneezing": a sign of enough for this part; rest, and go on if it passes. */
  hiccups(input) {
    const { phrases } = turnOf(input).content;
    return answerInPlace(input, [phrases.hiccups, phrases.stepReprompt], phrases.stepReprompt);
  },
  /** "she doesn't like it", "he's turning away", hiccups and sneezes: the signs to watch for, and permission to stop; "yes" carries on. */
  dislikes(input) {
    const { phrases, questions } = turnOf(input).content;
    turnOf(input).offer = routineUnderWay(input) ? 'continue' : 'start';
    return ask(input, [phrases.dislikes, phrases.dislikesAsk], questions.carryOn);
  },
  /** "she's smiling", "he loves it", "she's holding my finger": said back warmly; in a routine the place is kept. */
  happy(input) {
    const { phrases, questions } = turnOf(input).content;
    if (routineUnderWay(input)) return answerInPlace(input, [phrases.happy, phrases.stepReprompt], phrases.stepReprompt);
    turnOf(input).offer = 'start';
    return ask(input, [phrases.happy, questions.startOffer], questions.startOffer);
  },
  /** "my baby has colic", "she's windy": the honest colic answer, which outside a routine offers the colic massage. */
  wind: (input) => answerQuestion(input, 'benefits', { kind: 'matched', id: 'digestion' }),
  /** "she's rolled over", "he won't keep still": babies move; go with it, the place is kept. */
  moving(input) {
    const { phrases } = turnOf(input).content;
    return answerInPlace(input, [phrases.moving, phrases.stepReprompt], phrases.stepReprompt);
  },
  /** "she's getting sleepy": at bedtime the idea (carry on softly); otherwise a sign of enough for now. */
  tired(input) {
    const { phrases, questions } = turnOf(input).content;
    const routine = routineUnderWay(input);
    if (routine?.routineId === 'bedtime') return answerInPlace(input, [phrases.sleepyAtBedtime, phrases.stepReprompt], phrases.stepReprompt);
    turnOf(input).offer = routine ? 'continue' : 'start';
    const wayBack = routine ? questions.carryOn : questions.startOffer;
    return ask(input, [phrases.sleepy, wayBack], wayBack);
  },
};
