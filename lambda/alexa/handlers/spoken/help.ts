import { RequestHandler } from 'ask-sdk-core';
import { answerHelp } from '../../../guide/answers';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';

/** "help", "what can I say": the commands and that questions are welcome. The place is kept. */
export const helpHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Help),
  handle: (input) => answerHelp(input),
};
