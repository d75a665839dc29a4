import { RequestHandler } from 'ask-sdk-core';
import { answerTimeLeft } from '../../../guide/answers';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';

/** "how much is left", "how long does this take": strokes and minutes left, without moving. */
export const timeLeftHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.TimeLeft),
  handle: (input) => answerTimeLeft(input),
};
