import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isIntent, isRequestType } from '../../match';
import { turnOf } from '../../turn';
import { companion } from '../../../lazy';

/** "Forget everything about me", "what do you keep about me": what is kept, and may it all be deleted? */
export const forgetMeHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.ForgetMe),
  handle: (input) => companion().askToForget(input),
};

/**
 * The parent disabled the skill (AlexaSkillEvent.SkillDisabled, sent to the endpoint the manifest's
 * `events` names): their stored item is deleted. This is the reason the function may delete at all.
 * Nothing may be said.
 */
export const skillDisabledHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'AlexaSkillEvent.SkillDisabled'),
  async handle(input) {
    const deleted = await turnOf(input).store.forget();
    turnOf(input).logger.info('Skill disabled: stored state deleted', { deleted });
    return input.responseBuilder.getResponse();
  },
};
