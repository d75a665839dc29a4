import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { advance } from '../../../guide/moves';
import { isIntent } from '../../match';
import { turnOf } from '../../turn';

/** "the baby's crying", "he's upset": paused at once, with comfort advice; "resume" carries on. */
export const babyUpsetHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.BabyUpset),
  handle(input) {
    const { phrases } = turnOf(input).content;
    return advance(input, { type: 'pause', at: turnOf(input).now().toISOString() }, { paused: [phrases.upset], pausedReprompt: phrases.upsetReprompt });
  },
};
