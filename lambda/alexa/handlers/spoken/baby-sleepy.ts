import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';
import { answering } from '../../../lazy';

/**
 * "She's getting sleepy", "he's tired": in the bedtime wind-down that is the idea, so it carries on
 * softly; in any other massage it is one of the signs of enough for now, with a way to finish. The
 * place is kept either way, and the audio plays on during play-along.
 */
export const babySleepyHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.BabySleepy),
  handle: (input) => answering().respondToStatement(input, 'tired'),
};
