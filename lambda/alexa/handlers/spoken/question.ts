import { RequestHandler } from 'ask-sdk-core';
import { readSlot } from '../../slots';
import { IntentName, SlotName } from '../../intents';
import { isIntent } from '../../match';
import { answering } from '../../../lazy';

/**
 * A question in the parent's own words ("can I use coconut oil on her?", "what about her hips?"): the
 * words go to the skill's classifier, which finds the topic; one it cannot place gets the honest
 * answer and the list of topics, then the way back to the massage.
 */
export const questionHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Question),
  handle(input) {
    const slot = readSlot(input, SlotName.Question);
    const heard = slot.kind === 'unmatched' ? slot.heard : '';
    return answering().respondToWords(input, heard, ['question', 'statement', 'command'], () => answering().answerQuestion(input, 'safety', slot));
  },
};
