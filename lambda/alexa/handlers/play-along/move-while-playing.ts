import { RequestHandler } from 'ask-sdk-core';
import { playRoutine, routineNamed } from '../../../guide/play';
import { playAlong } from '../../../lazy';
import { isAudioCommand, isOurAudioPlaying } from '../../../play-along/context';
import { isMassagePart } from '../../../routine/machine';
import { MassagePart } from '../../../routine/types';
import { IntentName, SlotName } from '../../intents';
import { isIntent } from '../../match';
import { readSlot } from '../../slots';

/**
 * "Go to the tummy", "skip this part", "skip the face" said to the massage audio: the same moves as the
 * spoken guide, played from the new step's start. A part we did not catch is asked again by the spoken
 * guide's handler.
 */
export const movePartWhilePlayingHandler: RequestHandler = {
  canHandle(input) {
    if (!isAudioCommand(input)) return false;
    const part = partOf(input);
    if (isIntent(input, IntentName.GoToPart)) return part !== undefined;
    return isIntent(input, IntentName.SkipPart) && part !== null;
  },
  handle(input) {
    const part = partOf(input);
    if (isIntent(input, IntentName.GoToPart) && part) return playAlong().moveAudioByPart(input, { type: 'go-to-part', part });
    return playAlong().moveAudioByPart(input, { type: 'skip-part', ...(part ? { part } : {}) });
  },
};

/** "Alexa, ask baby massage for the colic massage" while one plays: that one plays instead. */
export const routineWhilePlayingHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.StartRoutine) && isOurAudioPlaying(input) && routineNamed(input) !== undefined,
  handle: (input) => playRoutine(input, routineNamed(input)),
};

/** The part a request names: undefined for none, null for words that named no part we know. */
function partOf(input: Parameters<RequestHandler['canHandle']>[0]): MassagePart | undefined | null {
  const slot = readSlot(input, SlotName.Part);
  if (slot.kind === 'none') return undefined;
  return slot.kind === 'matched' && isMassagePart(slot.id) ? slot.id : null;
}
