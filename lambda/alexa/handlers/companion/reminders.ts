import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isIntent, isRequestType } from '../../match';
import { companion } from '../../../lazy';

/** "Remind me to massage every evening at seven", and a bare time after "what time each day?". */
export const setReminderHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.SetReminder),
  handle: (input) => companion().setReminder(input),
};

/** "Cancel my massage reminder". */
export const cancelReminderHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.CancelReminder),
  handle: (input) => companion().cancelReminder(input),
};

/** "Do I have a reminder". */
export const checkReminderHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.CheckReminder),
  handle: (input) => companion().checkReminder(input),
};

/** Alexa's answer to the skill's voice request for the reminders permission (Connections.SendRequest AskFor). */
export const permissionAnswerHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'Connections.Response') && (input.requestEnvelope.request as { name?: string }).name === 'AskFor',
  handle: (input) => companion().answerPermission(input),
};
