import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';
import { answering } from '../../../lazy';

/** "the baby's crying", "he's upset": paused at once, with comfort advice; "resume" carries on. */
export const babyUpsetHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.BabyUpset),
  handle: (input) => answering().respondToStatement(input, 'crying'),
};
