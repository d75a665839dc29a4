import { RequestHandler } from 'ask-sdk-core';
import { readSlot } from '../../slots';
import { IntentName, SlotName } from '../../intents';
import { advance, answerInPlace } from '../../../guide/moves';
import { isPaceChange } from '../../../routine/pace';
import { applyPace } from '../../../guide/pace';
import { isResumable } from '../../../routine/progress';
import { ask } from '../../../speech/respond';
import { isIntent } from '../../match';
import { turnOf } from '../../turn';
import { answering } from '../../../lazy';

/**
 * "slower", "more time", "less talking", "more detail": remembered for this parent, and heard at
 * once: mid-routine the current stroke starts again at the new pace.
 */
export const paceHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Pace),
  handle(input) {
    const { phrases, questions } = turnOf(input).content;
    const slot = readSlot(input, SlotName.Pace);
    // "I need to go" can land here ("i need {pace}"), and "can you massage a baby with colic" ("can you
    // {pace}"): words that are no pace were not about the pace, and were most likely asked.
    if (slot.kind === 'unmatched') return answering().respondToWords(input, slot.heard, ['question', 'command', 'statement'], () => answerInPlace(input, phrases.fallback, phrases.fallbackReprompt));
    if (slot.kind !== 'matched' || !isPaceChange(slot.id)) return answerInPlace(input, phrases.whichPace, phrases.helpReprompt);
    const said = applyPace(input, slot.id);
    if (isResumable(turnOf(input).routine)) return advance(input, { type: 'resume' }, { lead: [said] });
    turnOf(input).offer = 'start';
    return ask(input, [said, questions.startOffer], questions.startOffer);
  },
};
