import { RequestHandler } from 'ask-sdk-core';
import { readSlot } from '../../slots';
import { IntentName, SlotName } from '../../intents';
import { isIntent } from '../../match';
import { answering } from '../../../lazy';

/**
 * "does massage help my baby sleep?", "is it good for colic?", "what are the benefits?": an honest
 * answer graded by the evidence, then the way back to the massage.
 */
export const benefitsHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Benefits),
  handle: (input) => answering().answerQuestion(input, 'benefits', readSlot(input, SlotName.Topic)),
};
