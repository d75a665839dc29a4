import { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import { NEW_PROFILE, Profile, readStoredState, toStoredState } from '../routine/state';
import { RoutineState } from '../routine/types';
import { services } from '../services';
import { readSession, takeOffer } from '../session';

/**
 * Loads persistent attributes once per session, into the session attributes. It reloads when the
 * session attributes are missing or not what the skill left there (garbage in a session never
 * overrides what is stored).
 *
 * A store that does not answer is logged and the parent still hears the guide, from the start. The
 * session is then marked unloaded (`stored: null`) for the rest of it: nothing is saved over what the
 * store may hold (yesterday's place), and the next session loads it and offers it as usual. A stored
 * state written by a newer release is treated the same way: used for nothing, overwritten never.
 *
 * Each session that loads counts as a visit in the parent's profile, which is how the guide tells a
 * first-timer (full opening, "say next" hints) from a regular.
 */
export const loadStateInterceptor: RequestInterceptor = {
  async process(input) {
    const { attributesManager } = input;
    if (!input.requestEnvelope.session) return;
    const existing = readSession(attributesManager.getSessionAttributes());
    if (existing) {
      attributesManager.setSessionAttributes({ ...existing });
      takeOffer(input);
      return;
    }
    let raw: unknown;
    try {
      raw = await attributesManager.getPersistentAttributes(true);
    } catch (error) {
      services(input).logger.error('Could not load stored state', { error: describe(error) });
      attributesManager.setSessionAttributes({ loaded: true, stored: null });
      return;
    }
    const read = readStoredState(raw);
    if (read.problem) services(input).logger.warn('Stored state did not fit the routine', { problem: read.problem });
    if (read.newer) services(input).logger.warn('Stored state is from a newer release: kept as it is, not used');
    const profile = read.profile ?? NEW_PROFILE;
    attributesManager.setSessionAttributes({
      loaded: true,
      stored: read.newer ? null : snapshot(read.routine, profile),
      profile: { ...profile, sessions: profile.sessions + 1 },
      ...(read.routine ? { routine: read.routine } : {}),
      ...(read.problem ? { problem: read.problem } : {}),
    });
  },
};

/**
 * Saves the routine only when it changed since it was loaded or last saved. A failed save is logged
 * and the response still goes out: the parent hears the step, and what was stored before stays.
 */
export const saveStateInterceptor: ResponseInterceptor = {
  async process(input) {
    await saveIfChanged(input);
  },
};

async function saveIfChanged(input: HandlerInput): Promise<void> {
  const { attributesManager } = input;
  const current = readSession(attributesManager.getSessionAttributes());
  if (!current) return;
  const routine = snapshot(current.routine, current.profile);
  if (routine === current.stored) return;
  if (current.stored === null) {
    services(input).logger.warn('State not saved: the store did not answer when this session began');
    return;
  }
  try {
    attributesManager.setPersistentAttributes(toStoredState(current.routine, current.profile, services(input).now()));
    await attributesManager.savePersistentAttributes();
    attributesManager.getSessionAttributes().stored = routine;
  } catch (error) {
    services(input).logger.error('Could not save state', { error: describe(error) });
  }
}

/** What is compared to decide whether anything changed since the last load or save. */
function snapshot(routine: RoutineState | undefined, profile: Profile): string {
  return JSON.stringify({ routine: routine ?? null, profile });
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
