import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { answerInPlace, routineUnderWay } from '../../../guide/moves';
import { ask } from '../../../speech/respond';
import { isIntent } from '../../match';
import { turnOf } from '../../turn';

/**
 * "She's getting sleepy", "he's tired": in the bedtime wind-down that is the idea, so it carries on
 * softly; in any other massage it is one of the signs of enough for now, with a way to finish. The
 * place is kept either way, and the audio plays on during play-along.
 */
export const babySleepyHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.BabySleepy),
  handle(input) {
    const { phrases, questions } = turnOf(input).content;
    const routine = routineUnderWay(input);
    if (routine?.routineId === 'bedtime') return answerInPlace(input, [phrases.sleepyAtBedtime, phrases.stepReprompt], phrases.stepReprompt);
    turnOf(input).offer = routine ? 'continue' : 'start';
    const wayBack = routine ? questions.carryOn : questions.startOffer;
    return ask(input, [phrases.sleepy, wayBack], wayBack);
  },
};
