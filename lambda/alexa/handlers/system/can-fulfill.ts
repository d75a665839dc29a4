import { RequestHandler } from 'ask-sdk-core';
import { canfulfill } from 'ask-sdk-model';
import { IntentName } from '../../intents';
import { isRequestType } from '../../match';

/**
 * What is never claimed from outside a session: "thank you" is said to Alexa about everything, and a
 * reminder, a baby's age, one's data or "how are we doing" are Alexa's own or another skill's as much as ours.
 */
const NOT_CLAIMED = new Set<string>([
  IntentName.Fallback,
  IntentName.Thanks,
  IntentName.SetReminder,
  IntentName.CancelReminder,
  IntentName.CheckReminder,
  IntentName.BabyAge,
  IntentName.HowOld,
  IntentName.ForgetAge,
  IntentName.ForgetMe,
  IntentName.PracticeLog,
]);
const OURS = new Set<string>(Object.values(IntentName).filter((name) => !NOT_CLAIMED.has(name)));

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
