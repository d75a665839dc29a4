import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';
import { answering } from '../../../lazy';

/** "she doesn't like it": the signs to watch for, and permission to stop; "yes" carries on. */
export const babyDislikesHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.BabyDislikes),
  handle: (input) => answering().respondToStatement(input, 'dislikes'),
};
