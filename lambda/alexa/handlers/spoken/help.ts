import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';
import { answering } from '../../../lazy';

/** "help", "what can I say": the commands and that questions are welcome. The place is kept. */
export const helpHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Help),
  handle: (input) => answering().answerHelp(input),
};
