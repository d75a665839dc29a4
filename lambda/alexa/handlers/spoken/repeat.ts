import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';
import { repeat } from '../../../guide/words';

/** "repeat", "say that again": the answer just given, if there was one; else the step from its beginning. */
export const repeatHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Repeat),
  handle: (input) => repeat(input),
};
