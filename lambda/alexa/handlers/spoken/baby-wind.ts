import { RequestHandler } from 'ask-sdk-core';
import { respondToStatement } from '../../../guide/statements';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';

/**
 * "my baby has colic", "she's windy", "he's constipated": the same honest answer as "does massage
 * help colic?", which outside a routine offers the colic massage ("yes" starts it).
 */
export const babyWindHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.BabyWind),
  handle: (input) => respondToStatement(input, 'wind'),
};
