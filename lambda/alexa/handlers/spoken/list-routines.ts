import { RequestHandler } from 'ask-sdk-core';
import { answerRoutines } from '../../../guide/answers';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';

/** "which massages are there": the routines and their lengths, in one short sentence. */
export const listRoutinesHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.ListRoutines),
  handle: (input) => answerRoutines(input),
};
