import { RequestHandler } from 'ask-sdk-core';
import { respondToStatement } from '../../../guide/statements';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';

/** "she fell asleep": a sleeping baby is not massaged. The place is kept, and the session ends quietly. */
export const babyAsleepHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.BabyAsleep),
  handle: (input) => respondToStatement(input, 'asleep'),
};
