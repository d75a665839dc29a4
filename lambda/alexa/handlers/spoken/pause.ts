import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';
import { pause } from '../../../guide/words';

/**
 * "pause", "hold on", "one sec". The position is marked paused and saved by the state interceptor
 * before the response leaves; the answer is brief. If the session then times out, the next launch
 * offers to carry on from this step.
 */
export const pauseHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Pause),
  handle: (input) => pause(input),
};
