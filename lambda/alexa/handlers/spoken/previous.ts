import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { advance } from '../../../guide/moves';
import { isIntent } from '../../match';

/** "go back": the step before, from its beginning (on the first step, that step again). */
export const previousHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Previous),
  handle: (input) => advance(input, { type: 'previous' }),
};
