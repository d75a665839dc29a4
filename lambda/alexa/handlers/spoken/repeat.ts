import { RequestHandler } from 'ask-sdk-core';
import { replayAnswer } from '../../../guide/answers';
import { pick } from '../../../content/fill';
import { IntentName } from '../../intents';
import { advance } from '../../../guide/moves';
import { services } from '../../services';
import { lastAnswer, routineOf } from '../../turn';
import { isIntent } from '../../match';

/** "repeat", "say that again": the answer just given, if there was one; else the step from its beginning. */
export const repeatHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Repeat),
  handle(input) {
    const answer = lastAnswer(input);
    if (answer) return replayAnswer(input, answer);
    const { phrases } = services(input).content;
    return advance(input, { type: 'repeat' }, { lead: [pick(phrases.repeating, routineOf(input)?.stepId.length ?? 0)] });
  },
};
