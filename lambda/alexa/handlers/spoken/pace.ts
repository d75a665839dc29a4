import { RequestHandler } from 'ask-sdk-core';
import { isOurAudioPlaying } from '../../../play-along/context';
import { extras } from '../../../lazy/index';
import { readSlot } from '../../../guide/answers';
import { IntentName, SlotName } from '../../intents';
import { advance, answerInPlace } from '../../../guide/moves';
import { changePace, isPaceChange } from '../../../routine/pace';
import { isResumable } from '../../../routine/progress';
import { ask } from '../../../speech/respond';
import { isIntent } from '../../match';
import { turnOf } from '../../turn';

/**
 * "slower", "more time", "less talking", "more detail": remembered for this parent, and heard at
 * once: mid-routine the current stroke starts again at the new pace.
 */
export const paceHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Pace),
  handle(input) {
    const { phrases, questions } = turnOf(input).content;
    const slot = readSlot(input, SlotName.Pace);
    // "I need to go" can land here ("i need {pace}"): words that are no pace were not about the pace.
    if (slot.kind === 'unmatched') return answerInPlace(input, phrases.fallback, phrases.fallbackReprompt);
    if (slot.kind !== 'matched' || !isPaceChange(slot.id)) return answerInPlace(input, phrases.whichPace, phrases.helpReprompt);
    const profile = turnOf(input).profile;
    const { prefs, atLimit } = changePace(profile.prefs, slot.id);
    const said = atLimit ? phrases.paceAtLimit : phrases.pace[slot.id];
    const { prefs: _old, ...rest } = profile;
    turnOf(input).profile = Object.keys(prefs).length > 0 ? { ...rest, prefs } : rest;
    if (isOurAudioPlaying(input)) return extras().audio.answerDuringAudio(input, [said, phrases.audioPace]);
    if (isResumable(turnOf(input).routine)) return advance(input, { type: 'resume' }, { lead: [said] });
    turnOf(input).offer = 'start';
    return ask(input, [said, questions.startOffer], questions.startOffer);
  },
};
