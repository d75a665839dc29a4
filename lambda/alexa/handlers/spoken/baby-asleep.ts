import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';
import { answering } from '../../../lazy';

/** "she fell asleep": a sleeping baby is not massaged. The place is kept, and the session ends quietly. */
export const babyAsleepHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.BabyAsleep),
  handle: (input) => answering().respondToStatement(input, 'asleep'),
};
