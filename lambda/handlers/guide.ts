import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { fill } from '../content/fill';
import { transition } from '../routine/machine';
import { ROUTINES } from '../routine/routines';
import { RoutineEvent, RoutineState } from '../routine/types';
import { services } from '../services';
import { pendingOffer, routineOf, setOffer, setRoutine } from '../session';
import { SpeechBuilder } from '../speech/ssml';
import { speakStep } from '../speech/step';

/**
 * Moves the routine by one event and says what happened. Every handler that moves through the
 * routine goes through here, so "next" from a handler and "yes, carry on" from another sound alike.
 * `lead` is said before a step (e.g. "Once more.").
 */
export function advance(input: HandlerInput, event: RoutineEvent, lead: readonly string[] = []): Response {
  const { content } = services(input);
  const { phrases } = content;
  const { state, outcome } = transition(routineOf(input), event);
  const builder = input.responseBuilder;

  switch (outcome.kind) {
    case 'step': {
      const before = outcome.alreadyAtStart ? [...lead, phrases.alreadyAtStart] : lead;
      // Build the speech before moving: if it cannot be built, the error handler answers and the place stays.
      const ssml = speakStep(content, outcome, before).build();
      setRoutine(input, state);
      if (outcome.last) return builder.speak(ssml).withShouldEndSession(true).getResponse();
      return builder.speak(ssml).reprompt(new SpeechBuilder().say(phrases.stepReprompt).build()).getResponse();
    }
    case 'paused':
      setRoutine(input, state);
      return ask(input, fill(phrases.paused, { part: content.parts[outcome.step.part] }), phrases.pausedReprompt);
    case 'finished':
      return ask(input, phrases.alreadyFinished, phrases.alreadyFinishedReprompt);
    case 'no-routine':
      if (event.type === 'pause') return ask(input, phrases.nothingToPause, phrases.helpReprompt);
      return startRoutine(input, [phrases.nothingToResume]);
  }
}

/** Starts the full routine from the opening; a new user first hears the welcome. */
export function startRoutine(input: HandlerInput, lead?: readonly string[]): Response {
  const { phrases } = services(input).content;
  const isNew = routineOf(input) === undefined;
  return advance(input, { type: 'start', routineId: 'full' }, lead ?? [isNew ? phrases.welcome : phrases.welcomeBack]);
}

/** A short spoken answer that keeps the session open, with its reprompt. */
export function ask(input: HandlerInput, speech: string, reprompt: string): Response {
  return input.responseBuilder
    .speak(new SpeechBuilder().say(speech).build())
    .reprompt(new SpeechBuilder().say(reprompt).build())
    .getResponse();
}

/** A last word: the session closes. */
export function goodbye(input: HandlerInput, speech: string): Response {
  return input.responseBuilder.speak(new SpeechBuilder().say(speech).build()).withShouldEndSession(true).getResponse();
}

/**
 * Answers without moving, and keeps whatever question was pending (help or "sorry?" in the middle of
 * "shall we carry on?" must not lose the question).
 */
export function answerInPlace(input: HandlerInput, speech: string, reprompt: string): Response {
  const offer = pendingOffer(input);
  if (offer) setOffer(input, offer);
  return ask(input, speech, reprompt);
}

/** The names of the step and body part where a routine stands, for "you stopped at ...". */
export function placeOf(input: HandlerInput, routine: RoutineState): { step: string; part: string } {
  const { content } = services(input);
  const ref = ROUTINES[routine.routineId].steps[routine.stepIndex];
  return { step: content.steps[ref.id].name, part: content.parts[ref.part] };
}
