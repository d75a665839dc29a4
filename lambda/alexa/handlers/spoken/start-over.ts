import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';
import { startOver } from '../../../guide/words';


/** "start over", "from the top": the routine again from its start; deep in a routine, asked first. */
export const startOverHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.StartOver),
  handle: (input) => startOver(input),
};
