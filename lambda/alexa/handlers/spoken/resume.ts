import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';
import { resume } from '../../../guide/words';

/**
 * "resume", "carry on", "we're back": the interrupted step again from its beginning (Alexa never
 * tells a skill how much of its speech was heard). With nothing under way, the routine starts.
 */
export const resumeHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Resume),
  handle: (input) => resume(input),
};
