import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';
import { answering } from '../../../lazy';

/** "how much is left", "how long does this take": strokes and minutes left, without moving. */
export const timeLeftHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.TimeLeft),
  handle: (input) => answering().answerTimeLeft(input),
};
