import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { fill } from '../content/fill';
import { positionOf, transition } from '../routine/machine';
import { PART_ROUTINES, ROUTINES } from '../routine/routines';
import { isAfterLongBreak, isResumable, isWorthOffering } from '../routine/progress';
import { isNewParent } from '../routine/profile';
import { MassagePart, RoutineEvent, RoutineId, RoutineState } from '../routine/types';
import { showScreen } from '../screens/support';
import { ask } from '../speech/respond';
import { SpeechBuilder } from '../speech/ssml';
import { LEADING_ARTICLE, Listener, routineIntro, sameWords, speakStep, stepSeconds } from '../speech/step';
import { turnOf } from '../alexa/turn';
import { metricFields } from '../logging/metrics';
import { saidMinutes } from '../content/lengths';

/**
 * The moves every handler shares: through the routine, to its start, and answers that keep the
 * place. Handlers decide what a request means; these decide what happens and what is said.
 */

/** Who is listening, from the stored profile: a first-timer until the visit after their first full opening. */
export function listenerOf(input: HandlerInput): Listener {
  const profile = turnOf(input).profile;
  return { newParent: isNewParent(profile), ...(profile.prefs ? { prefs: profile.prefs } : {}) };
}

export interface AdvanceOptions {
  /** Said before a step, at the normal rate ("Once more."). */
  readonly lead?: readonly string[];
  /** Said instead of the usual "Paused on the tummy." when the event pauses. */
  readonly paused?: readonly string[];
  /** The reprompt after a pause, which promises the place is kept: said only when it is. */
  readonly pausedReprompt?: string;
}

/**
 * Moves the routine by one event and says what happened. Every handler that moves through the routine
 * goes through here, so "next" from one handler and "yes, carry on" from another sound alike.
 */
export async function advance(input: HandlerInput, event: RoutineEvent, options: AdvanceOptions = {}): Promise<Response> {
  const { content } = turnOf(input);
  const { phrases } = content;
  const lead = options.lead ?? [];
  const current = turnOf(input).routine;
  // The part handlers start a routine at its opening when nothing is under way (startForPart); a move by part
  // that still arrives with no routine at all acts on the full one.
  const from = !current && (event.type === 'go-to-part' || event.type === 'skip-part') ? startOf('full') : current;
  const { state, outcome } = transition(from, event);
  switch (outcome.kind) {
    case 'step': {
      // Back after a long break (another day, a feed, a nap): the one-line check before any stroke.
      const check = event.type !== 'start' && outcome.step.part !== 'opening' && isAfterLongBreak(current, turnOf(input).now()) ? [phrases.checkAfterBreak] : [];
      const before = [...check, ...lead, ...(outcome.alreadyAtStart ? [phrases.alreadyAtStart] : [])];
      // Build the speech before moving: if it cannot be built, the error handler answers and the place stays.
      // A routine started again with the opening this session said in full: the short one ("repeat" says it all).
      const heard = event.type === 'start' && turnOf(input).openingHeard === outcome.step.id;
      const listener = heard ? { ...listenerOf(input), openingHeard: true } : listenerOf(input);
      const ssml = speakStep(content, outcome, listener, before).build();
      if (outcome.step.part === 'opening' && !heard) {
        turnOf(input).openingHeard = outcome.step.id;
        // The safety check heard in full: from the next visit on, the parent is a regular.
        const profile = turnOf(input).profile;
        if (listener.newParent && profile.firstOpening === undefined) (turnOf(input).profile = { ...profile, firstOpening: Math.max(profile.sessions, 1) });
      }
      turnOf(input).routine = state;
      if (state) {
        const shown = state;
        showScreen(input, (views) => (outcome.last ? views.finishedView(content, shown) : views.stepView(content, shown, timeLeft(input, shown).minutes)));
      }
      if (event.type === 'start') turnOf(input).logger.info('Routine started', metricFields('RoutineStarted', { routine: outcome.routine.id, locale: content.locale }));
      if (outcome.last) turnOf(input).logger.info('Routine finished', metricFields('RoutineFinished', { routine: outcome.routine.id, locale: content.locale }));
      if (outcome.last) {
        const profile = turnOf(input).profile;
        turnOf(input).profile = { ...profile, finished: profile.finished + 1 };
        return input.responseBuilder.speak(ssml).withShouldEndSession(true).getResponse();
      }
      return input.responseBuilder.speak(ssml).reprompt(new SpeechBuilder().say(phrases.stepReprompt).build()).getResponse();
    }
    case 'paused': {
      turnOf(input).routine = state;
      if (state) {
        const shown = state;
        showScreen(input, (views) => views.stepView(content, shown, timeLeft(input, shown).minutes, 'paused'));
      }
      // The reprompt promises the place is remembered: save now, and promise it only if it is.
      const kept = (await turnOf(input).store.saveNow()) !== 'not-saved';
      const reprompt = kept ? (options.pausedReprompt ?? phrases.pausedReprompt) : phrases.pausedRepromptNotSaved;
      return ask(input, options.paused ?? [fill(phrases.paused, { part: content.parts[outcome.step.part] })], reprompt);
    }
    case 'part-not-in-routine':
      return ask(input, [...lead, fill(phrases.partNotInRoutine, { part: content.parts[outcome.part] })], phrases.stepReprompt);
    case 'part-skipped-later':
      turnOf(input).routine = state;
      return ask(input, [...lead, fill(phrases.partSkippedLater, { part: content.parts[outcome.part] })], phrases.stepReprompt);
    case 'finished':
      return ask(input, phrases.alreadyFinished, phrases.alreadyFinishedReprompt);
    case 'no-routine':
      if (event.type === 'pause') return ask(input, options.paused ?? [phrases.nothingToPause], options.pausedReprompt ?? phrases.helpReprompt);
      return startRoutine(input, 'full', [phrases.nothingToResume]);
  }
}

function startOf(routineId: RoutineId): RoutineState {
  return { routineId, stepId: ROUTINES[routineId].steps[0].id, status: 'in-progress' };
}

/**
 * Starts a routine from its first step. A first-timer hears the welcome first; a regular a short
 * greeting. The routine says what it is and how long it takes. Once per session: a routine started
 * after another's opening ("just the legs" a minute in) skips the greeting, and an opening already
 * said in full is said short, so a parent never hears the same safety check twice in a row.
 */
export function startRoutine(input: HandlerInput, routineId: RoutineId = 'full', lead?: readonly string[], skipParts?: readonly MassagePart[]): Promise<Response> {
  const greeting = lead ?? greetingOf(input);
  const openingHeard = turnOf(input).openingHeard === ROUTINES[routineId].steps[0].id;
  const intro = routineIntro(turnOf(input).content, routineId, { ...listenerOf(input), openingHeard });
  return advance(input, { type: 'start', routineId, skipParts }, { lead: [...greeting, ...intro] });
}

/**
 * "Do the tummy", "skip the face" with no massage under way: a routine that begins with its opening
 * (the safety check), never part-way in. `only` a part starts that part's own routine ("just the
 * tummy"), or the full one where the part has none; `without` a part starts the full one leaving it out.
 */
export function startForPart(input: HandlerInput, part: MassagePart, how: 'only' | 'without'): Promise<Response> {
  const { phrases, parts } = turnOf(input).content;
  const own = PART_ROUTINES[part];
  if (how === 'only' && own) return startRoutine(input, own);
  const line = fill(how === 'only' ? phrases.partInFull : phrases.fullWithout, { part: parts[part] });
  return startRoutine(input, 'full', [...greetingOf(input), line], how === 'without' ? [part] : undefined);
}

/**
 * The routine a parent is in the middle of: one this session has started, or a stored one past its
 * first step. A place stored at an opening is not offered at launch, so an answer in a later session
 * offers a massage rather than "shall we carry on?".
 */
export function routineUnderWay(input: HandlerInput): RoutineState | undefined {
  const routine = turnOf(input).routine;
  if (isWorthOffering(routine)) return routine;
  return isResumable(routine) && turnOf(input).openingHeard !== undefined ? routine : undefined;
}

/** The welcome for a first-timer, a short one for a regular; none once this session has said an opening. */
export function greetingOf(input: HandlerInput): readonly string[] {
  const { phrases } = turnOf(input).content;
  if (turnOf(input).openingHeard) return [];
  return [listenerOf(input).newParent ? phrases.welcome : phrases.welcomeBack];
}

/**
 * The names of the step and body part where a routine stands, for "you stopped at ...": `place` is
 * both ("Water wheel, on the tummy"), or the stroke alone when it names its part or opens the routine.
 */
export function placeOf(input: HandlerInput, routine: RoutineState): { step: string; part: string; routine: string; place: string } {
  const { content } = turnOf(input);
  const { step } = positionOf(routine);
  // Said mid-sentence: "you paused at the other leg", not "at The other leg" (an article in any language).
  const stepName = content.steps[step.script ?? step.id].name.replace(LEADING_ARTICLE, (article) => article.toLowerCase());
  const names = { step: stepName, part: content.parts[step.part], routine: content.routines[routine.routineId].name };
  const alone = step.part === 'opening' || sameWords(names.step, names.part);
  return { ...names, place: alone ? names.step : fill(content.phrases.stepOnPart, names) };
}

/**
 * Strokes and whole minutes left in a routine, this step included. At the first step it is the length
 * the parent has just heard ("about twenty-five minutes"; a first-timer's longer first time), which the
 * content tests hold to the timing estimate; further on, the estimate of the steps left. The estimate
 * builds every step's speech, so the first screen of a cold start does not pay for it.
 */
export function timeLeft(input: HandlerInput, routine: RoutineState): { strokes: number; minutes: number } {
  const { content } = turnOf(input);
  const { routine: steps, index } = positionOf(routine);
  const strokes = steps.steps.slice(index).filter((s) => s.part !== 'opening' && s.part !== 'closing').length;
  const listener = listenerOf(input);
  if (index === 0) {
    const said = saidMinutes(content, routine.routineId);
    return { strokes, minutes: (listener.newParent ? said.firstMinutes : undefined) ?? said.minutes };
  }
  const seconds = stepSeconds(content, steps, listener).slice(index).reduce((sum, s) => sum + s, 0);
  return { strokes, minutes: Math.max(1, Math.round(seconds / 60)) };
}

/**
 * Answers without moving, and keeps whatever question was pending (help or "sorry?" in the middle of
 * "shall we carry on?" must not lose the question).
 */
export function answerInPlace(input: HandlerInput, speech: string | readonly string[], reprompt: string): Response {
  const offer = turnOf(input).last.offer;
  if (offer) (turnOf(input).offer = offer);
  return ask(input, speech, reprompt);
}

/**
 * Pauses the routine where it stands and saves it at once, for a goodbye that promises the place
 * ("she fell asleep", "he's unwell"); true only if the store really kept it.
 */
export async function pauseAndKeep(input: HandlerInput, routine: RoutineState): Promise<boolean> {
  turnOf(input).routine = transition(routine, { type: 'pause', at: turnOf(input).now().toISOString() }).state;
  return (await turnOf(input).store.saveNow()) !== 'not-saved';
}
