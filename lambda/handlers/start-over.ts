import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../intents';
import { services } from '../services';
import { advance } from './guide';
import { isIntent } from './match';

/** "start over", "from the top": the opening again, whatever was saved. */
export const startOverHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.StartOver),
  handle: (input) => advance(input, { type: 'start', routineId: 'full' }, [services(input).content.phrases.startFresh]),
};
