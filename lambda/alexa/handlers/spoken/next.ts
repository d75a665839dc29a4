import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { advance } from '../../../guide/moves';
import { isIntent } from '../../match';

/** "next", "go on", "done", "skip this stroke": the following step. After the last step the routine ends. */
export const nextHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Next),
  handle: (input) => advance(input, { type: 'next' }),
};
