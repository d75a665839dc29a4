import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';
import { answering } from '../../../lazy';

/**
 * "my baby has colic", "she's windy", "he's constipated": the same honest answer as "does massage
 * help colic?", which outside a routine offers the colic massage ("yes" starts it).
 */
export const babyWindHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.BabyWind),
  handle: (input) => answering().respondToStatement(input, 'wind'),
};
