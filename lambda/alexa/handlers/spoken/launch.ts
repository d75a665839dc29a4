import { RequestHandler } from 'ask-sdk-core';
import { launch } from '../../../guide/launch';
import { isRequestType } from '../../match';

/**
 * "Alexa, start baby massage". No menu: a new parent hears the welcome and the opening begins at
 * once. A parent who stopped part-way is asked whether to carry on from there (a paused stroke, or one
 * the session closed on in the middle: "carry on" or "next"); a finished routine is not offered.
 * Stored state that no longer fits is owned up to and the full routine starts.
 */
export const launchHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'LaunchRequest'),
  handle: (input) => launch(input),
};
