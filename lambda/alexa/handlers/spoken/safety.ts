import { RequestHandler } from 'ask-sdk-core';
import { readSlot } from '../../slots';
import { IntentName, SlotName } from '../../intents';
import { isIntent } from '../../match';
import { answering } from '../../../lazy';

/**
 * "what oil should I use?", "can I massage after vaccinations?", "can dad do it?": safety and how-to,
 * then the way back to the massage.
 */
export const safetyHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Safety),
  handle: (input) => answering().answerQuestion(input, 'safety', readSlot(input, SlotName.Topic)),
};
