/**
 * The companion (lambda/lazy's `companion()` chunk): the course, the baby's age, the practice log,
 * reminders and deleting one's data, with their words. A launch or a "next" never needs it, so a cold
 * start neither loads nor parses it.
 */
import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import type { CompanionOffer } from '../alexa/turn';
import { turnOf } from '../alexa/turn';
import { answerAgeConsent } from './age';
import { forgetNow, keepEverything } from './forget';
import { thenWayBack } from './way-back';
import { ask } from '../speech/respond';

export { companionWords } from '../content/en/companion';
export { startCourse } from './course';
export { forgetAge, hearAge, sayAge } from './age';
export { answerLog } from './practice';
export { answerPermission, cancelReminder, checkReminder, setReminder } from './reminders';
export { askToForget, forgetNow } from './forget';

/** What "yes" and "no" mean after the companion's own questions (the age kept, everything deleted, a reminder's time). */
export function answerYesNo(input: HandlerInput, offer: CompanionOffer, yes: boolean): Response | Promise<Response> {
  const words = turnOf(input).content.companion;
  switch (offer) {
    case 'remember-age':
      return answerAgeConsent(input, yes);
    case 'forget-me':
      return yes ? forgetNow(input) : keepEverything(input);
    case 'reminder-time':
      // "Yes" to "what time?" is no time: ask again; "no" is no reminder.
      if (yes) {
        turnOf(input).offer = 'reminder-time';
        return ask(input, words.reminderAskTimeReprompt, words.reminderAskTimeReprompt);
      }
      return thenWayBack(input, [words.reminderNotSet]);
  }
}
