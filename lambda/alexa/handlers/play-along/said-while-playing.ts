import type { RequestHandler } from 'ask-sdk-core';
import { getIntentName } from '../../sdk';
import { applyPace } from '../../../guide/pace';
import { playAlong } from '../../../lazy';
import { isOurAudioPlaying, playingToken } from '../../../play-along/context';
import { isPaceChange } from '../../../routine/pace';
import { IntentName, SlotName } from '../../intents';
import { isIntent } from '../../match';
import { readSlot } from '../../slots';
import { turnOf } from '../../turn';

/**
 * "She's smiling", "she's getting sleepy", "thank you", "slower" said over the massage audio: a short
 * answer, and the audio plays on from where Alexa lowered it (a new pace is remembered for the spoken
 * guide; the recorded audio keeps its own).
 */
export const saidWhilePlayingHandler: RequestHandler = {
  canHandle: (input) => isOurAudioPlaying(input) && (isIntent(input, IntentName.BabyHappy, IntentName.BabySleepy, IntentName.Thanks) || isPaceChangeIntent(input)),
  handle(input) {
    const { phrases } = turnOf(input).content;
    const answer = (lines: readonly string[]) => playAlong().answerDuringAudio(input, lines);
    switch (getIntentName(input.requestEnvelope)) {
      case IntentName.BabyHappy:
        return answer([phrases.happy]);
      case IntentName.BabySleepy:
        return answer([playingToken(input)?.routineId === 'bedtime' ? phrases.sleepyAtBedtime : phrases.sleepy]);
      case IntentName.Thanks:
        return answer([phrases.thanks]);
      default: {
        const slot = readSlot(input, SlotName.Pace);
        return answer([applyPace(input, slot.kind === 'matched' && isPaceChange(slot.id) ? slot.id : 'normal'), phrases.audioPace]);
      }
    }
  },
};

/** A pace the model resolved: words that are no pace ("i need {pace}") go to the spoken guide's answer. */
function isPaceChangeIntent(input: Parameters<RequestHandler['canHandle']>[0]): boolean {
  if (!isIntent(input, IntentName.Pace)) return false;
  const slot = readSlot(input, SlotName.Pace);
  return slot.kind === 'matched' && isPaceChange(slot.id);
}
