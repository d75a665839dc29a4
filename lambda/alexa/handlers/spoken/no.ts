import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';
import { no } from '../../../guide/words';

/**
 * "no" to "shall we carry on from the tummy?" starts that routine afresh; "no" to "shall we carry
 * on?" after a question waits (the place is kept); "no" to "would you like to start?" says goodbye;
 * "no" to "start again from the beginning?" carries on where we were.
 */
export const noHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.No),
  handle: (input) => no(input),
};
