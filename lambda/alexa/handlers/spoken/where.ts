import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';
import { answering } from '../../../lazy';

/** "where are we", "which stroke is this", "what's this one called": named, without moving. */
export const whereHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Where),
  handle: (input) => answering().answerWhere(input),
};
