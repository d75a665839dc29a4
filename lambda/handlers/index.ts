import { RequestHandler } from 'ask-sdk-core';
import { babyAsleepHandler } from './baby-asleep';
import { babyDislikesHandler } from './baby-dislikes';
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
import { nextHandler } from './next';
import { paceHandler } from './pace';
import { noHandler } from './no';
import { pauseHandler } from './pause';
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
import { exceptionEncounteredHandler, unknownIntentHandler, unknownRequestHandler } from './unknown';
import { whereHandler } from './where';
import { yesHandler } from './yes';

/**
 * Every request handler, in the order the SDK tries them: the first whose canHandle says yes wins.
 * Specific before general; the unknown-intent and catch-all handlers stay last.
 */
export const requestHandlers: readonly RequestHandler[] = [
  launchHandler,
  startRoutineHandler,
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
  paceHandler,
  whereHandler,
  timeLeftHandler,
  listRoutinesHandler,
  helpHandler,
  stopHandler,
  benefitsHandler,
  safetyHandler,
  fallbackHandler,
  sessionEndedHandler,
  canFulfillHandler,
  exceptionEncounteredHandler,
  unknownIntentHandler,
  unknownRequestHandler,
];
