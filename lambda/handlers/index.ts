import { RequestHandler } from 'ask-sdk-core';
import { audioCommandHandler } from './audio-command';
import { babyAsleepHandler } from './baby-asleep';
import { babyDislikesHandler } from './baby-dislikes';
import { babyHappyHandler } from './baby-happy';
import { babyWindHandler } from './baby-wind';
import { thanksHandler } from './thanks';
import { babySleepyHandler } from './baby-sleepy';
import { babyNeedsHandler } from './baby-needs';
import { babyUnwellHandler } from './baby-unwell';
import { babyUpsetHandler } from './baby-upset';
import { benefitsHandler } from './benefits';
import { canFulfillHandler } from './can-fulfill';
import { fallbackHandler } from './fallback';
import { goToPartHandler } from './go-to-part';
import { helpHandler } from './help';
import { launchHandler } from './launch';
import { listRoutinesHandler } from './list-routines';
import { loopShuffleHandler } from './loop-shuffle';
import { nextHandler } from './next';
import { paceHandler } from './pace';
import { noHandler } from './no';
import { pauseHandler } from './pause';
import { playRoutineHandler } from './play-routine';
import { playbackControllerHandler } from './playback-controller';
import { playbackEventHandler } from './playback-event';
import { previousHandler } from './previous';
import { repeatHandler } from './repeat';
import { resumeHandler } from './resume';
import { safetyHandler } from './safety';
import { sessionEndedHandler } from './session-ended';
import { skipPartHandler } from './skip-part';
import { startOverHandler } from './start-over';
import { startRoutineHandler } from './start-routine';
import { stopHandler } from './stop';
import { timeLeftHandler } from './time-left';
import { touchHandler } from './touch';
import { exceptionEncounteredHandler, unknownIntentHandler, unknownRequestHandler } from './unknown';
import { whereHandler } from './where';
import { yesHandler } from './yes';

/**
 * Every request handler, in the order the SDK tries them: the first whose canHandle says yes wins.
 * Specific before general; the unknown-intent and catch-all handlers stay last.
 */
export const requestHandlers: readonly RequestHandler[] = [
  launchHandler,
  // "Alexa, pause" and the like said to the massage's audio, before the spoken guide's handlers.
  audioCommandHandler,
  startRoutineHandler,
  playRoutineHandler,
  yesHandler,
  noHandler,
  nextHandler,
  previousHandler,
  repeatHandler,
  startOverHandler,
  goToPartHandler,
  skipPartHandler,
  pauseHandler,
  resumeHandler,
  babyAsleepHandler,
  babyUpsetHandler,
  babyNeedsHandler,
  babyUnwellHandler,
  babyDislikesHandler,
  babyHappyHandler,
  babyWindHandler,
  babySleepyHandler,
  thanksHandler,
  paceHandler,
  whereHandler,
  timeLeftHandler,
  listRoutinesHandler,
  helpHandler,
  loopShuffleHandler,
  stopHandler,
  benefitsHandler,
  safetyHandler,
  fallbackHandler,
  touchHandler,
  sessionEndedHandler,
  playbackEventHandler,
  playbackControllerHandler,
  canFulfillHandler,
  exceptionEncounteredHandler,
  unknownIntentHandler,
  unknownRequestHandler,
];
