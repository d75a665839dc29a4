import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { turnOf } from '../alexa/turn';
import { fill } from '../content/fill';
import { isResumable, isWorthOffering } from '../routine/progress';
import type { RoutineState } from '../routine/types';
import { showScreen } from '../screens/support';
import { ask } from '../speech/respond';
import { greetingOf, placeOf, startRoutine } from './moves';
import { stageNow } from '../course/age';
import { thisWeek } from '../course/log';

/** Visits in which "Alexa, start baby massage" still mentions the shorter routines. */
export const MENTION_SHORTER_VISITS = 3;

/**
 * "Alexa, start baby massage". No menu: a new parent hears the welcome and the opening begins at
 * once. A parent who stopped part-way is asked whether to carry on from there (a paused stroke, or one
 * the session closed on in the middle: "carry on" or "next"); a finished routine is not offered.
 * A routine chosen but left during its opening is offered again, by name. Stored state that no longer fits
 * is owned up to and the full routine starts.
 */
export async function launch(input: HandlerInput): Promise<Response> {
  const { content } = turnOf(input);
  const { phrases } = content;
  const turn = turnOf(input);
  if (turn.problem) {
    turn.problem = undefined;
    turn.routine = undefined;
    return startRoutine(input, 'full', [phrases.stateReset]);
  }
  const routine = turnOf(input).routine;
  if (isWorthOffering(routine)) {
    turnOf(input).offer = 'resume';
    const place = placeOf(input, routine);
    const offer = routine.audio?.failed ? phrases.audioFailedOffer : routine.status === 'paused' ? phrases.resumeOffer : phrases.resumeOfferMidStroke;
    const where = routine.routineId === 'full' ? place : { ...place, place: fill(phrases.placeInRoutine, place) };
    const question = fill(offer, where);
    // "yes" carries on, "next" goes to the following stroke, "no" starts the routine afresh.
    showScreen(input, (views) =>
      views.questionView(content, routine, question, [
        { label: content.screen.carryOn, action: 'yes' },
        { label: content.screen.next, action: 'next' },
        { label: content.screen.startFresh, action: 'no' },
      ]),
    );
    return ask(input, question, fill(phrases.resumeOfferReprompt, where));
  }
  const shorter = turnOf(input).profile.sessions <= MENTION_SHORTER_VISITS ? [phrases.shorterRoutines] : [];
  // Chosen last time but left during its opening ("the colic massage", then the session timed out):
  // offered by name; "yes" starts it, "no" the full massage.
  const left: RoutineState | undefined = turnOf(input).routine;
  if (isResumable(left) && left.routineId !== 'full') {
    turnOf(input).offer = 'chosen';
    const routine = { routine: content.routines[left.routineId].name };
    return ask(input, fill(phrases.chosenOffer, routine), fill(phrases.chosenOfferReprompt, routine));
  }
  // What the parent let the skill keep decides the rest: the baby's age, and a gentle count (never a streak).
  const { profile } = turnOf(input);
  const now = turnOf(input).now();
  const stage = stageNow(profile, now);
  if (stage === 'newborn' || stage === 'newborn-oil') return startRoutine(input, 'newborn', [...greetingOf(input), phrases.welcomeNewborn]);
  const nth = thisWeek(profile, now).length + 1;
  const count = nth >= 2 && nth - 2 < phrases.ordinals.length ? [fill(phrases.welcomeCount, { ordinal: phrases.ordinals[nth - 2] })] : [];
  const mobile = stage === 'mobile' || stage === 'toddler' ? [phrases.welcomeMobile] : [];
  return startRoutine(input, 'full', [...greetingOf(input), ...count, ...mobile, ...shorter]);
}
