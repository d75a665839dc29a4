import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { fill } from '../content/fill';
import { IntentName } from '../intents';
import { isResumable, isWorthOffering } from '../routine/state';
import { services } from '../services';
import { routineOf, setOffer, setRoutine, takeProblem } from '../session';
import { advance, ask, placeOf, startRoutine } from './guide';
import { isIntent, isRequestType } from './match';

/**
 * "Alexa, start baby massage". No menu: a new parent hears the welcome and the opening begins at
 * once. A parent who stopped part-way is asked whether to carry on from there; a finished routine is
 * not offered. Stored state that no longer fits the routine is owned up to and the routine restarts.
 * "start a massage" inside a session does the same.
 */
export const launchHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'LaunchRequest') || isIntent(input, IntentName.StartRoutine),
  handle: (input) => launch(input),
};

function launch(input: HandlerInput): Response {
  const { phrases } = services(input).content;
  if (takeProblem(input)) {
    setRoutine(input, undefined);
    return startRoutine(input, [phrases.stateReset]);
  }
  const routine = routineOf(input);
  // "start the massage" in the middle of one: just carry on where we are.
  if (isResumable(routine) && isIntent(input, IntentName.StartRoutine) && !input.requestEnvelope.session?.new) {
    return advance(input, { type: 'resume' }, [phrases.resuming[1]]);
  }
  if (isWorthOffering(routine)) {
    setOffer(input, 'resume');
    const place = placeOf(input, routine);
    return ask(input, fill(phrases.resumeOffer, place), fill(phrases.resumeOfferReprompt, place));
  }
  return startRoutine(input);
}
