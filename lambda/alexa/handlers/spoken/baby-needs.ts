import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';
import { answering } from '../../../lazy';

/** "she's hungry", "I need to feed him", "I have to change her nappy": paused, the place kept. */
export const babyNeedsHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.BabyNeeds),
  handle: (input) => answering().respondToStatement(input, 'needs'),
};
