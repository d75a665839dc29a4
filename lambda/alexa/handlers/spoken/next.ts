import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';
import { goNext } from '../../../guide/words';

/** "next", "go on", "done", "skip this stroke": the following step. After the last step the routine ends. */
export const nextHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Next),
  handle: (input) => goNext(input),
};
