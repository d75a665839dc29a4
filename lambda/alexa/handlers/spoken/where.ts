import { RequestHandler } from 'ask-sdk-core';
import { answerWhere } from '../../../guide/answers';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';

/** "where are we", "which stroke is this", "what's this one called": named, without moving. */
export const whereHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Where),
  handle: (input) => answerWhere(input),
};
