import { RequestHandler } from 'ask-sdk-core';
import { respondToStatement } from '../../../guide/statements';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';

/** "she's hungry", "I need to feed him", "I have to change her nappy": paused, the place kept. */
export const babyNeedsHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.BabyNeeds),
  handle: (input) => respondToStatement(input, 'needs'),
};
