import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { answerInPlace, routineUnderWay } from '../../../guide/moves';
import { ask } from '../../../speech/respond';
import { isIntent } from '../../match';
import { turnOf } from '../../turn';

/**
 * "she's smiling", "he loves it", "she's cooing": the reference's yes cues, said back warmly. In a
 * routine the place is kept and "next" (or "okay") goes on; otherwise it offers a massage.
 */
export const babyHappyHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.BabyHappy),
  handle(input) {
    const { phrases, questions } = turnOf(input).content;
    if (routineUnderWay(input)) return answerInPlace(input, [phrases.happy, phrases.stepReprompt], phrases.stepReprompt);
    turnOf(input).offer = 'start';
    return ask(input, [phrases.happy, questions.startOffer], questions.startOffer);
  },
};
