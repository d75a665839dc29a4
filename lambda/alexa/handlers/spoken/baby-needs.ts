import { RequestHandler } from 'ask-sdk-core';
import { fill } from '../../../content/fill';
import { IntentName } from '../../intents';
import { advance } from '../../../guide/moves';
import { positionOf } from '../../../routine/machine';
import { isIntent } from '../../match';
import { turnOf } from '../../turn';

/** "she's hungry", "I need to feed him", "I have to change her nappy": paused, the place kept. */
export const babyNeedsHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.BabyNeeds),
  handle(input) {
    const { content } = turnOf(input);
    const routine = turnOf(input).routine;
    const part = routine ? content.parts[positionOf(routine).step.part] : content.parts.opening;
    return advance(
      input,
      { type: 'pause', at: turnOf(input).now().toISOString() },
      { paused: [fill(content.phrases.needs, { part })], pausedReprompt: content.phrases.needsReprompt },
    );
  },
};
