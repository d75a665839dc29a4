import { RequestHandler } from 'ask-sdk-core';
import { pick } from '../content/fill';
import { IntentName } from '../intents';
import { services } from '../services';
import { routineOf } from '../session';
import { advance } from './guide';
import { isIntent } from './match';

/**
 * "resume", "carry on", "we're back": the interrupted step again from its beginning (Alexa never
 * tells a skill how much of its speech was heard). With nothing under way, the routine starts.
 */
export const resumeHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Resume),
  handle(input) {
    const { phrases } = services(input).content;
    return advance(input, { type: 'resume' }, [pick(phrases.resuming, routineOf(input)?.stepIndex ?? 0)]);
  },
};
