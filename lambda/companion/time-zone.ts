import { HandlerInput } from 'ask-sdk-core';
import { turnOf } from '../alexa/turn';
import { TIME_ZONE } from '../storage/stored-state';
import { alexaApis } from './api-client';


/**
 * The device's time zone, for the parent's days and the reminder's clock: the one kept in the profile,
 * or the Alexa Settings API's answer (then kept, so it is asked once). A device that does not say, or an
 * API that does not answer in time, leaves it undefined: the log's days are then UTC days.
 */
export async function timeZoneOf(input: HandlerInput): Promise<string | undefined> {
  const turn = turnOf(input);
  if (turn.profile.timeZone) return turn.profile.timeZone;
  const deviceId = input.requestEnvelope.context?.System?.device?.deviceId;
  const apis = alexaApis(input);
  if (!deviceId || !apis) return undefined;
  try {
    const zone: unknown = await apis.getUpsServiceClient().getSystemTimeZone(deviceId);
    if (typeof zone !== 'string' || !TIME_ZONE.test(zone) || !isKnownZone(zone)) return undefined;
    turn.profile = { ...turn.profile, timeZone: zone };
    return zone;
  } catch (error) {
    turn.logger.warn('Time zone not available', { errorName: (error as Error)?.name, statusCode: (error as { statusCode?: number })?.statusCode });
    return undefined;
  }
}

function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar day ('YYYY-MM-DD') a moment falls on in a zone (UTC when none). */
export function localDay(time: number, zone: string | undefined): string {
  const key = zone ?? 'UTC';
  let format = DAY_FORMATS.get(key);
  if (!format) DAY_FORMATS.set(key, (format = new Intl.DateTimeFormat('en-CA', { timeZone: key, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format.format(new Date(time));
}

/** One formatter a zone: building one costs far more than using it, and a week's answer reads every entry's day. */
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** The weekday (0 Sunday) of a 'YYYY-MM-DD' day. */
export function weekdayOf(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The day before a 'YYYY-MM-DD' day, and `n` days before. */
export function daysBefore(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - n)).toISOString().slice(0, 10);
}
