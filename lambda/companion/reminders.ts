import { HandlerInput } from 'ask-sdk-core';
import { Response, interfaces, services } from 'ask-sdk-model';
import { AlexaApiTimeoutError, alexaApis } from './api-client';
import { getSlot } from '../alexa/sdk';
import { SlotName } from '../alexa/intents';
import { readSlot } from '../alexa/slots';
import { turnOf } from '../alexa/turn';
import { fill } from '../content/fill';
import { CompanionWords } from '../content/types';
import { ask } from '../speech/respond';
import { localDay, timeZoneOf } from './time-zone';
import { thenWayBack } from './way-back';

/** The permission a skill needs to set a reminder, asked for by voice. */
export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';
/** All the Reminders API calls of one request together: Alexa waits about eight seconds for a reply. */
export const REMINDERS_BUDGET_MS = 5000;

/** A time of day, 24-hour. */
export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
}

/** What a part of the day alone means ("remind me every evening"): said back in the confirmation. */
const DAYPART_TIMES: Readonly<Record<string, ClockTime>> = { MO: { hour: 9, minute: 0 }, AF: { hour: 15, minute: 0 }, EV: { hour: 19, minute: 0 }, NI: { hour: 20, minute: 0 } };
/** The DAYPART slot's ids as AMAZON.TIME's codes for the same parts of the day. */
const DAYPART_CODES: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const LATER: ReadonlySet<string> = new Set(['afternoon', 'evening', 'night']);

type Problem = 'permission' | 'unsupported' | 'too-many' | 'failed';

/**
 * "Remind me to massage every evening at seven": a daily reminder at that time in the device's time
 * zone (Alexa Settings API), replacing any massage reminder set before, confirmed as Alexa's guidelines
 * ask ("I'll remind you every day at 7 PM"). Without the permission yet, Alexa asks for it by voice
 * (Connections.SendRequest AskFor); the time travels in the request's token and comes back with the
 * answer. With no time, the skill asks for one.
 */
export async function setReminder(input: HandlerInput): Promise<Response> {
  const words = turnOf(input).content.companion;
  const time = timeAsked(input);
  if (!time) {
    turnOf(input).offer = 'reminder-time';
    return ask(input, words.reminderAskTime, words.reminderAskTimeReprompt);
  }
  if (!granted(input)) return askPermission(input, time);
  return create(input, time);
}

/** Alexa's answer to the permission request: set the reminder, or say clearly why not. */
export async function answerPermission(input: HandlerInput): Promise<Response> {
  const words = turnOf(input).content.companion;
  const request = input.requestEnvelope.request as interfaces.connections.ConnectionsResponse;
  const status = (request.payload as { status?: string } | undefined)?.status;
  const time = timeOfToken(request.token);
  // A device that cannot hold the conversation for permissions answers with an error status.
  if (request.status?.code !== undefined && request.status.code !== '200') return thenWayBack(input, [words.reminderUnsupported]);
  if (status === 'ACCEPTED' && time) return create(input, time);
  return thenWayBack(input, [status === 'DENIED' ? words.reminderDenied : words.reminderNotAnswered]);
}

/** "Do I have a reminder". */
export async function checkReminder(input: HandlerInput): Promise<Response> {
  const words = turnOf(input).content.companion;
  if (!granted(input)) return thenWayBack(input, [words.reminderNone]);
  try {
    const alerts = await withBudget(remindersOf(input).getReminders(), Date.now() + REMINDERS_BUDGET_MS);
    const time = (alerts.alerts ?? []).filter((a) => a.status !== 'COMPLETED').map(timeOfAlert).find((t) => t !== undefined);
    return thenWayBack(input, [time ? fill(words.reminderIs, { time: words.spokenTime(time.hour, time.minute) }) : words.reminderNone]);
  } catch (error) {
    return thenWayBack(input, [lineFor(words, problemOf(input, error, 'check'))]);
  }
}

/** "Cancel my massage reminder": every reminder this skill set (they are all massage reminders). */
export async function cancelReminder(input: HandlerInput): Promise<Response> {
  const words = turnOf(input).content.companion;
  if (!granted(input)) return thenWayBack(input, [words.reminderNone]);
  const deadline = Date.now() + REMINDERS_BUDGET_MS;
  try {
    const removed = await removeAll(input, deadline);
    return thenWayBack(input, [removed > 0 ? words.reminderCancelled : words.reminderNone]);
  } catch (error) {
    return thenWayBack(input, [lineFor(words, problemOf(input, error, 'cancel'))]);
  }
}

function granted(input: HandlerInput): boolean {
  return input.requestEnvelope.context?.System?.user?.permissions?.scopes?.[REMINDERS_SCOPE]?.status === 'GRANTED';
}

function askPermission(input: HandlerInput, time: ClockTime): Response {
  const directive: interfaces.connections.SendRequestDirective = {
    type: 'Connections.SendRequest',
    name: 'AskFor',
    payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: REMINDERS_SCOPE },
    token: `reminder ${clock(time)}`,
  };
  return input.responseBuilder.addDirective(directive).getResponse();
}

async function create(input: HandlerInput, time: ClockTime): Promise<Response> {
  const turn = turnOf(input);
  const words = turn.content.companion;
  const deadline = Date.now() + REMINDERS_BUDGET_MS;
  try {
    const zone = await withBudget(timeZoneOf(input), deadline);
    const client = remindersOf(input);
    // One massage reminder at a time: a new time replaces the old one.
    await removeAll(input, deadline);
    await withBudget(client.createReminder(requestFor(turn.content.locale, words, time, zone, turn.now())), deadline);
  } catch (error) {
    return thenWayBack(input, [lineFor(words, problemOf(input, error, 'create'))]);
  }
  return thenWayBack(input, [fill(words.reminderSet, { time: words.spokenTime(time.hour, time.minute) })]);
}

/** A daily reminder from the next time the clock shows `time` in the device's zone. */
export function requestFor(locale: string, words: CompanionWords, time: ClockTime, zone: string | undefined, now: Date): services.reminderManagement.ReminderRequest {
  const today = localDay(now.getTime(), zone);
  const [hourNow, minuteNow] = new Intl.DateTimeFormat('en-GB', { timeZone: zone ?? 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now).split(':').map(Number);
  const passed = hourNow * 60 + minuteNow >= time.hour * 60 + time.minute;
  const first = passed ? new Date(Date.parse(`${today}T00:00:00Z`) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10) : today;
  return {
    requestTime: now.toISOString().replace(/Z$/, ''),
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      ...(zone ? { timeZoneId: zone } : {}),
      recurrence: {
        startDateTime: `${first}T${clock(time)}:00.000`,
        recurrenceRules: [`FREQ=DAILY;BYHOUR=${time.hour};BYMINUTE=${time.minute};BYSECOND=0`],
      },
    },
    alertInfo: { spokenInfo: { content: [{ locale, text: words.reminderMessage }] } },
    pushNotification: { status: 'ENABLED' },
  };
}

async function removeAll(input: HandlerInput, deadline: number): Promise<number> {
  const client = remindersOf(input);
  const { alerts = [] } = await withBudget(client.getReminders(), deadline);
  let removed = 0;
  for (const alert of alerts) {
    if (!alert.alertToken) continue;
    await withBudget(client.deleteReminder(alert.alertToken), deadline);
    removed += 1;
  }
  return removed;
}

function remindersOf(input: HandlerInput): services.reminderManagement.ReminderManagementServiceClient {
  const apis = alexaApis(input);
  if (!apis) throw new Error('The request carries no Alexa API token');
  return apis.getReminderManagementServiceClient();
}

/**
 * The time asked for: AMAZON.TIME's "19:00" (or a part of the day alone, "EV"), later in the day when
 * the parent said the evening, afternoon or night. Alexa does not say which half of the day "seven"
 * is: an hour from 1 to 5 with no part of the day is taken as the afternoon (no one massages at 3 AM),
 * and the confirmation says the time, so a wrong guess is heard at once.
 */
export function timeAsked(input: HandlerInput): ClockTime | undefined {
  // A time alone ("half past seven in the evening"): the model's own list of times, by their 24-hour id.
  const clock = readSlot(input, SlotName.Clock);
  const listed = clock.kind === 'matched' ? /^(\d{2}):(\d{2})/.exec(clock.id) : null;
  if (listed) return { hour: Number(listed[1]), minute: Number(listed[2]) };
  const value = getSlot(input.requestEnvelope, SlotName.Time)?.value;
  const daypart = readSlot(input, SlotName.Daypart);
  const part = daypart.kind === 'matched' ? daypart.id : undefined;
  if (!value) return part ? DAYPART_TIMES[DAYPART_CODES[part]] : undefined;
  if (DAYPART_TIMES[value]) return DAYPART_TIMES[value];
  const found = /^(\d{2}):(\d{2})$/.exec(value);
  if (!found) return undefined;
  let hour = Number(found[1]);
  const minute = Number(found[2]);
  if (hour > 23 || minute > 59) return undefined;
  if (hour < 12 && ((part && LATER.has(part)) || (!part && hour >= 1 && hour <= 5))) hour += 12;
  return { hour, minute };
}

function timeOfToken(token: string | undefined): ClockTime | undefined {
  const found = /^reminder (\d{2}):(\d{2})$/.exec(token ?? '');
  if (!found) return undefined;
  const hour = Number(found[1]);
  const minute = Number(found[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : undefined;
}

function timeOfAlert(alert: services.reminderManagement.Reminder): ClockTime | undefined {
  const rule = alert.trigger?.recurrence?.recurrenceRules?.[0] ?? '';
  const hour = /BYHOUR=(\d{1,2})/.exec(rule)?.[1];
  const minute = /BYMINUTE=(\d{1,2})/.exec(rule)?.[1];
  if (hour !== undefined) return { hour: Number(hour), minute: Number(minute ?? 0) };
  const scheduled = /T(\d{2}):(\d{2})/.exec(alert.trigger?.scheduledTime ?? '');
  return scheduled ? { hour: Number(scheduled[1]), minute: Number(scheduled[2]) } : undefined;
}

function clock(time: ClockTime): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}


/** What went wrong, from the Reminders API's answer (logged with its status and code, never the user). */
function problemOf(input: HandlerInput, error: unknown, operation: string): Problem {
  const { statusCode, response } = (error ?? {}) as { statusCode?: number; response?: { code?: string } };
  const code = typeof response?.code === 'string' ? response.code.slice(0, 60) : undefined;
  turnOf(input).logger.warn('Reminders API call failed', { operation, statusCode, code, errorName: (error as Error)?.name });
  if (error instanceof AlexaApiTimeoutError) return 'failed';
  if (statusCode === 401) return 'permission';
  if (statusCode === 403) return code === 'DEVICE_NOT_SUPPORTED' ? 'unsupported' : code === 'MAX_REMINDERS_EXCEEDED' ? 'too-many' : 'permission';
  return 'failed';
}

function lineFor(words: CompanionWords, problem: Problem): string {
  return { permission: words.reminderNoPermission, unsupported: words.reminderUnsupported, 'too-many': words.reminderTooMany, failed: words.reminderFailed }[problem];
}

/** A call that must answer before the request's reminder deadline. */
function withBudget<T>(promise: Promise<T>, deadline: number): Promise<T> {
  const left = deadline - Date.now();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AlexaApiTimeoutError(REMINDERS_BUDGET_MS)), Math.max(0, left));
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
