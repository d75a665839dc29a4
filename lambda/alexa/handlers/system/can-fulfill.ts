import { RequestHandler } from 'ask-sdk-core';
import { canfulfill } from 'ask-sdk-model';
import { IntentName } from '../../intents';
import { isRequestType } from '../../match';

/** "thank you" is said to Alexa about everything: never claim it from outside a session. */
const OURS = new Set<string>(Object.values(IntentName).filter((name) => name !== IntentName.Fallback && name !== IntentName.Thanks));

/**
 * Alexa asks, without a session, whether the skill could take an intent it has not been named for.
 * Our intents yes, anything else no; a slot value the model did not resolve is understood maybe and
 * fulfilled no (we answer an unknown topic honestly, but cannot answer it). Nothing is said or stored.
 */
export const canFulfillHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'CanFulfillIntentRequest'),
  handle(input) {
    const request = input.requestEnvelope.request as canfulfill.CanFulfillIntentRequest;
    const name = request.intent?.name;
    if (!name || !OURS.has(name)) {
      return input.responseBuilder.withCanFulfillIntent({ canFulfill: 'NO' }).getResponse();
    }
    const slots: Record<string, canfulfill.CanFulfillSlot> = {};
    for (const [slotName, slot] of Object.entries(request.intent.slots ?? {})) {
      if (!slot?.value) continue;
      const matched = slot.resolutions?.resolutionsPerAuthority?.[0]?.status?.code === 'ER_SUCCESS_MATCH';
      slots[slotName] = { canUnderstand: matched ? 'YES' : 'MAYBE', canFulfill: matched ? 'YES' : 'NO' };
    }
    const sure = Object.values(slots).every((slot) => slot.canFulfill === 'YES');
    return input.responseBuilder.withCanFulfillIntent({ canFulfill: sure ? 'YES' : 'MAYBE', slots }).getResponse();
  },
};
