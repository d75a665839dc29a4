import { HandlerInput } from 'ask-sdk-core';
import { isCompanionOffer, turnOf } from '../alexa/turn';
import { fill, pick } from '../content/fill';
import { answering, companion } from '../lazy';
import { suggestedRoutine } from './suggested';
import { advance, answerInPlace, placeOf, routineUnderWay, startRoutine } from './moves';
import { positionOf } from '../routine/machine';
import { isResumable } from '../routine/progress';
import { showScreen } from '../screens/support';
import { ask, goodbye } from '../speech/respond';
import { Response } from 'ask-sdk-model';

/**
 * What the parent's short words mean, wherever they come from: the spoken word (alexa/handlers/spoken)
 * and the button that stands for it on an Echo Show (alexa/handlers/screen/touch.ts).
 */

/** "next", "go on", "done", "skip this stroke": the following step. After the last step the routine ends. */
export function goNext(input: HandlerInput): Response | Promise<Response> {
  return advance(input, { type: 'next' });
}

/** "go back": the step before, from its beginning (on the first step, that step again). */
export function goBack(input: HandlerInput): Response | Promise<Response> {
  return advance(input, { type: 'previous' });
}

/** "repeat", "say that again": the answer just given, if there was one; else the step from its beginning. */
export function repeat(input: HandlerInput): Response | Promise<Response> {
  const answer = turnOf(input).last.answered;
  if (answer) return answering().replayAnswer(input, answer);
  const { phrases } = turnOf(input).content;
  return advance(input, { type: 'repeat' }, { lead: [pick(phrases.repeating, turnOf(input).routine?.stepId.length ?? 0)] });
}

/**
 * "pause", "hold on", "one sec". The position is marked paused and saved by the state interceptor
 * before the response leaves; the answer is brief. If the session then times out, the next launch
 * offers to carry on from this step.
 */
export function pause(input: HandlerInput): Response | Promise<Response> {
  return advance(input, { type: 'pause', at: turnOf(input).now().toISOString() });
}

/**
 * "resume", "carry on", "we're back": the interrupted step again from its beginning (Alexa never
 * tells a skill how much of its speech was heard). With nothing under way, the routine starts.
 */
export function resume(input: HandlerInput): Response | Promise<Response> {
  return advance(input, { type: 'resume' }, { lead: [turnOf(input).content.phrases.resuming] });
}

/**
 * "keep going", "go on", "carry on": what a parent means by it depends on where they are. After a pause
 * or an answer it is the interrupted stroke again, as resume; at the end of a stroke, the next one.
 */
export function carryOn(input: HandlerInput): Response | Promise<Response> {
  const turn = turnOf(input);
  if (turn.routine?.status === 'paused' || turn.last.answered !== undefined || turn.last.offer !== undefined) return resume(input);
  return goNext(input);
}

/** From this step on, "start over" asks before throwing the place away. */
export const ASK_BEFORE_RESTART_FROM = 3;
/** "start over", "from the top": the routine again from its start; deep in a routine, asked first. */
export function startOver(input: HandlerInput): Response | Promise<Response> {
  const { content } = turnOf(input);
  const { phrases } = content;
  const routine = turnOf(input).routine;
  if (isResumable(routine) && positionOf(routine).index >= ASK_BEFORE_RESTART_FROM) {
    turnOf(input).offer = 'restart';
    const question = fill(phrases.restartCheck, placeOf(input, routine));
    showScreen(input, (views) =>
      views.questionView(content, routine, question, [
        { label: content.screen.startAgain, action: 'yes' },
        { label: content.screen.carryOn, action: 'no' },
      ]),
    );
    return ask(input, question, phrases.restartCheckReprompt);
  }
  return advance(input, { type: 'start', routineId: routine?.routineId ?? 'full' }, { lead: [phrases.startFresh] });
}

/**
 * "yes" means whatever was just asked: carry on from the saved or interrupted step (from its
 * beginning), start a massage, or start this one again. With nothing asked, a parent in a routine
 * means "ready": after a step ("say next when you're ready") the next one; after a pause or an answer
 * the same one again. With no routine under way it is answered in place.
 */
export function yes(input: HandlerInput): Response | Promise<Response> {
  const { phrases } = turnOf(input).content;
  const offer = turnOf(input).last.offer;
  const status = turnOf(input).routine?.status;
  // "The nearest I have is on oils. Would you like that one?": that answer.
  const answered = turnOf(input).last.answered;
  if (offer === 'nearest' && answered) return answering().answerNearest(input, answered);
  // The companion's own questions: keep the birth month, delete everything, a reminder's time.
  if (isCompanionOffer(offer)) return companion().answerYesNo(input, offer, true);
  // "Last time you chose the colic massage. Shall we start it?": that one, from its opening.
  if (offer === 'chosen') return startRoutine(input, turnOf(input).routine?.routineId ?? 'full', []);
  // "Would you like to try the colic massage?" after the colic answer: that one; else the full massage.
  if (offer === 'start') return startRoutine(input, turnOf(input).last.suggested ?? suggestedRoutine(turnOf(input).last.answered));
  if (offer === 'restart') return advance(input, { type: 'start', routineId: turnOf(input).routine?.routineId ?? 'full' }, { lead: [phrases.startFresh] });
  // Asked to carry on, or back from a pause or an answer (help, "where are we"): the same step again.
  if (offer === 'resume' || offer === 'continue' || status === 'paused' || (status === 'in-progress' && turnOf(input).last.answered)) {
    return advance(input, { type: 'resume' }, { lead: [phrases.resuming] });
  }
  if (status === 'in-progress') return advance(input, { type: 'next' });
  return answerInPlace(input, phrases.unexpectedAnswer, phrases.stepReprompt);
}

/**
 * "no" to "shall we carry on from the tummy?" starts that routine afresh; "no" to "shall we carry
 * on?" after a question waits (the place is kept); "no" to "would you like to start?" says goodbye;
 * "no" to "start again from the beginning?" carries on where we were.
 */
export function no(input: HandlerInput): Response | Promise<Response> {
  const { phrases } = turnOf(input).content;
  const offer = turnOf(input).last.offer;
  if (isCompanionOffer(offer)) return companion().answerYesNo(input, offer, false);
  switch (offer) {
    case 'resume':
      return advance(input, { type: 'start', routineId: turnOf(input).routine?.routineId ?? 'full' }, { lead: [phrases.startFresh] });
    case 'continue':
      // Still asked: a "yes" or "okay" when they are ready carries on with the same step.
      turnOf(input).offer = 'continue';
      return ask(input, phrases.notNow, phrases.stepReprompt);
    case 'start':
      return goodbye(input, phrases.goodbye);
    case 'restart':
      return advance(input, { type: 'resume' }, { lead: [phrases.keepPlace] });
    case 'chosen':
      return startRoutine(input, 'full', []);
    case 'nearest':
      // Not that one either: mid-routine, the massage waits; outside one, a massage is offered.
      if (routineUnderWay(input)) {
        turnOf(input).offer = 'continue';
        return ask(input, phrases.notNow, phrases.stepReprompt);
      }
      turnOf(input).offer = 'start';
      return ask(input, turnOf(input).content.questions.startOffer, turnOf(input).content.questions.startOffer);
    default:
      return answerInPlace(input, phrases.unexpectedAnswer, phrases.stepReprompt);
  }
}
