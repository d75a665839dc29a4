import { RequestHandler } from 'ask-sdk-core';
import { respondToStatement } from '../../../guide/statements';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';

/** "the baby's crying", "he's upset": paused at once, with comfort advice; "resume" carries on. */
export const babyUpsetHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.BabyUpset),
  handle: (input) => respondToStatement(input, 'crying'),
};
