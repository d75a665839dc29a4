import { RequestHandler } from 'ask-sdk-core';
import { fill } from '../../../content/fill';
import { IntentName } from '../../intents';
import { advance, placeOf } from '../../../guide/moves';
import { positionOf } from '../../../routine/machine';
import { isResumable } from '../../../routine/progress';
import { showScreen } from '../../../screens/support';
import { ask } from '../../../speech/respond';
import { isIntent } from '../../match';
import { turnOf } from '../../turn';

/** From this step on, "start over" asks before throwing the place away. */
export const ASK_BEFORE_RESTART_FROM = 3;

/** "start over", "from the top": the routine again from its start; deep in a routine, asked first. */
export const startOverHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.StartOver),
  handle(input) {
    const { content } = turnOf(input);
    const { phrases } = content;
    const routine = turnOf(input).routine;
    if (isResumable(routine) && positionOf(routine).index >= ASK_BEFORE_RESTART_FROM) {
      turnOf(input).offer = 'restart';
      const question = fill(phrases.restartCheck, placeOf(input, routine));
      showScreen(input, (views) =>
        views.questionView(content, routine, question, [
          { label: content.screen.startAgain, action: 'yes' },
          { label: content.screen.carryOn, action: 'no' },
        ]),
      );
      return ask(input, question, phrases.restartCheckReprompt);
    }
    return advance(input, { type: 'start', routineId: routine?.routineId ?? 'full' }, { lead: [phrases.startFresh] });
  },
};
