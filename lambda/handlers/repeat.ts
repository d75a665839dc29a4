import { RequestHandler } from 'ask-sdk-core';
import { pick } from '../content/fill';
import { IntentName } from '../intents';
import { services } from '../services';
import { routineOf } from '../session';
import { advance } from './guide';
import { isIntent } from './match';

/** "repeat", "say that again": the current step from its beginning. */
export const repeatHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Repeat),
  handle(input) {
    const { phrases } = services(input).content;
    return advance(input, { type: 'repeat' }, [pick(phrases.repeating, routineOf(input)?.stepIndex ?? 0)]);
  },
};
