import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';
import { carryOn } from '../../../guide/words';

/** "keep going", "go on", "carry on": after a pause or an answer the same stroke, otherwise the next one. */
export const continueHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Continue),
  handle: (input) => carryOn(input),
};
