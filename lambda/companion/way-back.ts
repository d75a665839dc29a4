import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { turnOf } from '../alexa/turn';
import { fill } from '../content/fill';
import { routineUnderWay } from '../guide/moves';
import type { RoutineId } from '../routine/types';
import { ask } from '../speech/respond';

/**
 * After a companion answer (the log, the age, a reminder), the way back: mid-massage "shall we carry
 * on?", the place kept; otherwise a massage offered, the one the answer points at if it points at one.
 */
export function thenWayBack(input: HandlerInput, lines: readonly string[], suggested?: RoutineId): Response {
  const turn = turnOf(input);
  const { questions, routines } = turn.content;
  if (routineUnderWay(input)) {
    turn.offer = 'continue';
    return ask(input, [...lines, questions.carryOn], questions.carryOn);
  }
  turn.offer = 'start';
  if (suggested) turn.suggested = suggested;
  const offer = suggested ? fill(questions.routineOffer, { routine: routines[suggested].name }) : questions.startOffer;
  return ask(input, [...lines, offer], offer);
}
