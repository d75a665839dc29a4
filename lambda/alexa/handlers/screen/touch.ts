import { RequestHandler } from 'ask-sdk-core';
import { playingToken } from '../../../play-along/context';
import { extras } from '../../../lazy/index';
import { startRoutine } from '../../../guide/moves';
import { isRoutineId } from '../../../routine/routines';
import { TouchAction } from '../../../screens/views';
import { nextHandler } from '../spoken/next';
import { noHandler } from '../spoken/no';
import { pauseHandler } from '../spoken/pause';
import { previousHandler } from '../spoken/previous';
import { repeatHandler } from '../spoken/repeat';
import { resumeHandler } from '../spoken/resume';
import { startOverHandler } from '../spoken/start-over';
import { yesHandler } from '../spoken/yes';
import { isRequestType } from '../../match';
import { turnOf } from '../../turn';

type WordAction = Exclude<TouchAction, `routine:${string}`>;

/** Each button on the screen is the handler of what a parent would say instead. */
const SAME_AS_VOICE: Readonly<Record<WordAction, RequestHandler>> = {
  back: previousHandler,
  repeat: repeatHandler,
  pause: pauseHandler,
  resume: resumeHandler,
  next: nextHandler,
  'start-over': startOverHandler,
  yes: yesHandler,
  no: noHandler,
};

/** The buttons that move play-along audio while it is the device's (see below). */
const AUDIO_ACTIONS: ReadonlySet<WordAction> = new Set(['back', 'repeat', 'pause', 'resume', 'next']);

/** A routine's button in the list of massages: `routine:<id>`. */
const ROUTINE_ACTION = 'routine:';

/**
 * A touch on an Echo Show's button (Alexa.Presentation.APL.UserEvent): exactly what the spoken word
 * does, by the same handler, so a touch on next and "next" give the same answer and the same place.
 * While play-along audio is the device's, the buttons move the audio instead.
 */
export const touchHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'Alexa.Presentation.APL.UserEvent'),
  async handle(input) {
    const request = input.requestEnvelope.request as { arguments?: unknown[] };
    const action = request.arguments?.[0];
    // "Start the colic massage", as StartRoutineIntent does with a matched routine.
    const routineId = typeof action === 'string' && action.startsWith(ROUTINE_ACTION) ? action.slice(ROUTINE_ACTION.length) : undefined;
    if (isRoutineId(routineId)) return startRoutine(input, routineId);
    const handler = typeof action === 'string' && Object.hasOwn(SAME_AS_VOICE, action) ? SAME_AS_VOICE[action as WordAction] : undefined;
    if (!handler) {
      turnOf(input).logger.warn('Touch with no action', { action: typeof action === 'string' ? action.slice(0, 20) : typeof action });
      return input.responseBuilder.getResponse();
    }
    // In play-along (the place was kept by the audio), the buttons move the audio.
    if (AUDIO_ACTIONS.has(action as WordAction) && playingToken(input) && turnOf(input).routine?.audio && turnOf(input).audio) {
      const { audio } = extras();
      if (action === 'pause') return audio.pauseAudio(input);
      if (action === 'resume') return audio.resumeAudio(input);
      if (action === 'repeat') return audio.repeatAudio(input, []);
      return audio.moveAudio(input, action === 'next' ? 'next' : 'previous');
    }
    return handler.handle(input);
  },
};
