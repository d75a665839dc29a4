import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';
import { answering } from '../../../lazy';

/** "which massages are there": the routines and their lengths, in one short sentence. */
export const listRoutinesHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.ListRoutines),
  handle: (input) => answering().answerRoutines(input),
};
