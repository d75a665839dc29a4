import { RequestHandler } from 'ask-sdk-core';
import { replayAnswer } from '../../../guide/answers';
import { pick } from '../../../content/fill';
import { IntentName } from '../../intents';
import { advance } from '../../../guide/moves';
import { isIntent } from '../../match';
import { turnOf } from '../../turn';

/** "repeat", "say that again": the answer just given, if there was one; else the step from its beginning. */
export const repeatHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Repeat),
  handle(input) {
    const answer = turnOf(input).last.answered;
    if (answer) return replayAnswer(input, answer);
    const { phrases } = turnOf(input).content;
    return advance(input, { type: 'repeat' }, { lead: [pick(phrases.repeating, turnOf(input).routine?.stepId.length ?? 0)] });
  },
};
