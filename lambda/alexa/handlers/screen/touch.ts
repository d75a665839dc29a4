import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { startRoutine } from '../../../guide/moves';
import { goBack, goNext, no, pause, repeat, resume, startOver, yes } from '../../../guide/words';
import { isRoutineId } from '../../../routine/routines';
import type { TouchAction } from '../../../screens/views';
import { isRequestType } from '../../match';
import { touchAction } from '../../request';
import { turnOf } from '../../turn';

type WordAction = Exclude<TouchAction, `routine:${string}`>;

/** Each button on the screen does what the words it stands for do, through the same guide function. */
const SAME_AS_VOICE: Readonly<Record<WordAction, (input: HandlerInput) => Response | Promise<Response>>> = {
  back: goBack,
  repeat,
  pause,
  resume,
  next: goNext,
  'start-over': startOver,
  yes,
  no,
};

/** A routine's button in the list of massages: `routine:<id>`. */
const ROUTINE_ACTION = 'routine:';

/**
 * A touch on an Echo Show's button (Alexa.Presentation.APL.UserEvent): exactly what the spoken word
 * does, so a touch on next and "next" give the same answer and the same place. While play-along audio
 * is the device's, its own handler (alexa/handlers/play-along/touch-while-playing.ts) comes first.
 */
export const touchHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'Alexa.Presentation.APL.UserEvent'),
  handle(input) {
    const action = touchAction(input);
    // "Start the colic massage", as StartRoutineIntent does with a matched routine.
    const routineId = typeof action === 'string' && action.startsWith(ROUTINE_ACTION) ? action.slice(ROUTINE_ACTION.length) : undefined;
    if (isRoutineId(routineId)) return startRoutine(input, routineId);
    const word = typeof action === 'string' && Object.hasOwn(SAME_AS_VOICE, action) ? SAME_AS_VOICE[action as WordAction] : undefined;
    if (!word) {
      turnOf(input).logger.warn('Touch with no action', { action: typeof action === 'string' ? action.slice(0, 20) : typeof action });
      return input.responseBuilder.getResponse();
    }
    return word(input);
  },
};
