import type { RequestHandler } from 'ask-sdk-core';
import { getIntentName } from '../../sdk';
import { turnOf } from '../../turn';
import { fill } from '../../../content/fill';
import { Phrases } from '../../../content/types';
import { playAlong } from '../../../lazy';
import { isOurAudioPlaying } from '../../../play-along/context';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';

/** What is said as the audio stops, told whether the place was really kept and the body part it is on. */
type Said = (phrases: Phrases, kept: boolean, part: string) => readonly string[];

const STOPPING: Partial<Record<IntentName, Said>> = {
  [IntentName.BabyAsleep]: (phrases, kept, part) => [kept ? fill(phrases.asleep, { part }) : phrases.asleepNotSaved],
  [IntentName.BabyUpset]: (phrases) => [phrases.upset, phrases.audioResumeHint],
  [IntentName.BabyNeeds]: (phrases, _kept, part) => [fill(phrases.needs, { part }), phrases.audioResumeHint],
  [IntentName.BabyUnwell]: (phrases, kept) => [phrases.unwell, kept ? phrases.unwellPlaceKept : phrases.placeNotSaved],
  [IntentName.BabyDislikes]: (phrases) => [phrases.dislikes, phrases.audioResumeHint],
};
const INTENTS = Object.keys(STOPPING) as IntentName[];

/**
 * "She fell asleep", "the baby's crying", "I need to feed her", "he has a fever", "she doesn't like it"
 * said over the massage audio: it stops at once and the place is kept at the second it stopped.
 */
export const babyWhilePlayingHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, ...INTENTS) && isOurAudioPlaying(input),
  handle(input) {
    // canHandle took only the intents STOPPING has.
    const said = STOPPING[getIntentName(input.requestEnvelope) as IntentName] as Said;
    const { phrases } = turnOf(input).content;
    return playAlong().stopForBaby(input, (kept, part) => said(phrases, kept, part));
  },
};
