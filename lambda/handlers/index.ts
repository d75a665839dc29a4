import { RequestHandler } from 'ask-sdk-core';
import { benefitsHandler } from './benefits';
import { fallbackHandler } from './fallback';
import { helpHandler } from './help';
import { launchHandler } from './launch';
import { nextHandler } from './next';
import { noHandler } from './no';
import { pauseHandler } from './pause';
import { previousHandler } from './previous';
import { repeatHandler } from './repeat';
import { resumeHandler } from './resume';
import { safetyHandler } from './safety';
import { sessionEndedHandler } from './session-ended';
import { startOverHandler } from './start-over';
import { stopHandler } from './stop';
import { exceptionEncounteredHandler, unknownIntentHandler, unknownRequestHandler } from './unknown';
import { yesHandler } from './yes';

/**
 * Every request handler, in the order the SDK tries them: the first whose canHandle says yes wins.
 * Specific before general; the unknown-intent and catch-all handlers stay last.
 */
export const requestHandlers: readonly RequestHandler[] = [
  launchHandler,
  yesHandler,
  noHandler,
  nextHandler,
  previousHandler,
  repeatHandler,
  startOverHandler,
  pauseHandler,
  resumeHandler,
  helpHandler,
  stopHandler,
  benefitsHandler,
  safetyHandler,
  fallbackHandler,
  sessionEndedHandler,
  exceptionEncounteredHandler,
  unknownIntentHandler,
  unknownRequestHandler,
];
