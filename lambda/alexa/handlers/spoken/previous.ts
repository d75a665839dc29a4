import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';
import { goBack } from '../../../guide/words';

/** "go back": the step before, from its beginning (on the first step, that step again). */
export const previousHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Previous),
  handle: (input) => goBack(input),
};
