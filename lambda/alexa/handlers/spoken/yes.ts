import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';
import { yes } from '../../../guide/words';

/**
 * "yes" means whatever was just asked: carry on from the saved or interrupted step (from its
 * beginning), start a massage, or start this one again. With nothing asked, a parent in a routine
 * means "ready": after a step ("say next when you're ready") the next one; after a pause or an answer
 * the same one again. With no routine under way it is answered in place.
 */
export const yesHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Yes),
  handle: (input) => yes(input),
};
