import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';
import { companion } from '../../../lazy';

/** "My baby is seven weeks old", "she was born in March": what suits that age, and may the month be kept? */
export const babyAgeHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.BabyAge),
  handle: (input) => companion().hearAge(input),
};

/** "How old is my baby". */
export const howOldHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.HowOld),
  handle: (input) => companion().sayAge(input),
};

/** "Forget my baby's age". */
export const forgetAgeHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.ForgetAge),
  handle: (input) => companion().forgetAge(input),
};
