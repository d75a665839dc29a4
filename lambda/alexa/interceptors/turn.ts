import { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import { isAudioCommand } from '../../play-along/context';
import { hasUserId } from '../../storage/user';
import { NEW_PROFILE, Profile } from '../../routine/profile';
import { readStoredState, toStoredState } from '../../storage/stored-state';
import { RoutineState } from '../../routine/types';
import { services } from '../services';
import { SessionState, Unloaded, readSession, takeOffer } from '../turn';

/**
 * Loads persistent attributes once per session, into the session attributes. It reloads when the
 * session attributes are missing or not what the skill left there (garbage in a session never
 * overrides what is stored).
 *
 * A store that does not answer is logged and the parent still hears the guide, from the start. The
 * session is then marked unloaded (`stored: null`): nothing is saved over what the store may hold
 * (yesterday's place), the next turn tries the load once more, and what the skill says about the
 * saved place stays true (see `savePlace`). A stored state written by a newer release is treated
 * alike, but never retried: it is used for nothing and overwritten never. A request with no user id
 * is never loaded or saved at all: there is no key for it that another request would not share.
 *
 * Each session that loads counts as a visit in the parent's profile, which is how the guide tells a
 * first-timer (full opening, "say next" hints) from a regular.
 *
 * Requests without a session (Alexa's AudioPlayer and system requests) pass untouched.
 */
export const loadStateInterceptor: RequestInterceptor = {
  async process(input) {
    if (!input.requestEnvelope.session) return;
    const existing = readSession(input.attributesManager.getSessionAttributes());
    if (existing) {
      input.attributesManager.setSessionAttributes({ ...existing });
      takeOffer(input);
      if (existing.unloaded === 'failed' && !existing.retried) await retryLoad(input, existing);
      return;
    }
    if (!hasUserId(input.requestEnvelope)) {
      services(input).logger.warn('Request without a user id: nothing is loaded or saved');
      input.attributesManager.setSessionAttributes(unloaded('anonymous', { ...NEW_PROFILE, sessions: 1 }));
      return;
    }
    let raw: unknown;
    try {
      raw = await input.attributesManager.getPersistentAttributes(true);
    } catch (error) {
      logStorageError(input, 'Could not load stored state', error);
      input.attributesManager.setSessionAttributes(unloaded('failed', { ...NEW_PROFILE, sessions: 1 }));
      return;
    }
    const read = readStoredState(raw);
    if (read.problem) services(input).logger.warn('Stored state did not fit the routine', { problem: read.problem });
    if (read.newer) {
      services(input).logger.warn('Stored state is from a newer release: kept as it is, not used');
      input.attributesManager.setSessionAttributes(unloaded('newer', { ...NEW_PROFILE, sessions: 1 }));
      return;
    }
    const profile = read.profile ?? NEW_PROFILE;
    // "Alexa, pause" to the audio opens a session of its own: it is not another visit.
    const visit = isAudioCommand(input) ? 0 : 1;
    input.attributesManager.setSessionAttributes({
      loaded: true,
      stored: snapshot(read.routine, profile),
      profile: { ...profile, sessions: profile.sessions + visit },
      ...(read.routine ? { routine: read.routine } : {}),
      ...(read.problem ? { problem: read.problem } : {}),
    });
  },
};

/**
 * The first load of the session failed: try once more. If the store answers now, what it holds is
 * adopted under what this session has done since (its routine wins; the stored profile is kept,
 * with this visit counted), so later saves are safe again.
 */
async function retryLoad(input: HandlerInput, session: SessionState): Promise<void> {
  const attributes = input.attributesManager.getSessionAttributes();
  attributes.retried = true;
  let raw: unknown;
  try {
    raw = await input.attributesManager.getPersistentAttributes(true);
  } catch (error) {
    logStorageError(input, 'Could not load stored state', error);
    return;
  }
  const read = readStoredState(raw);
  if (read.newer) {
    attributes.unloaded = 'newer';
    return;
  }
  const stored = read.profile ?? NEW_PROFILE;
  const routine = session.routine ?? read.routine;
  const profile: Profile = {
    ...stored,
    sessions: stored.sessions + 1,
    finished: stored.finished + session.profile.finished,
    // A full opening heard before the load came back was heard on this visit.
    ...(stored.firstOpening !== undefined ? { firstOpening: stored.firstOpening } : session.profile.firstOpening !== undefined ? { firstOpening: stored.sessions + 1 } : {}),
    ...(session.profile.prefs ?? stored.prefs ? { prefs: session.profile.prefs ?? stored.prefs } : {}),
  };
  services(input).logger.info('Stored state loaded on a later turn');
  input.attributesManager.setSessionAttributes({
    loaded: true,
    stored: snapshot(read.routine, stored),
    profile,
    ...(routine ? { routine } : {}),
    ...(session.offer ? { offer: session.offer } : {}),
  });
}

function unloaded(reason: Unloaded, profile: Profile): Record<string, unknown> {
  return { loaded: true, stored: null, unloaded: reason, profile };
}

/** What became of the parent's place when a turn tried to keep it. */
export type SaveResult = 'saved' | 'unchanged' | 'not-saved';

/**
 * Saves the routine and profile now if they changed since they were loaded or last saved, and says
 * whether the place is really kept. Handlers that promise a kept place ("I've kept your place") call
 * it before choosing their words; the response interceptor calls it for everyone else.
 */
export async function savePlace(input: HandlerInput): Promise<SaveResult> {
  if (!input.requestEnvelope.session) return 'not-saved';
  const current = readSession(input.attributesManager.getSessionAttributes());
  if (!current) return 'not-saved';
  const changed = snapshot(current.routine, current.profile);
  if (current.stored === null) {
    if (current.unloaded === 'failed') services(input).logger.warn('State not saved: the store did not answer when this session began');
    return 'not-saved';
  }
  if (changed === current.stored) return 'unchanged';
  try {
    input.attributesManager.setPersistentAttributes(toStoredState(current.routine, current.profile, services(input).now()));
    await input.attributesManager.savePersistentAttributes();
    input.attributesManager.getSessionAttributes().stored = changed;
    return 'saved';
  } catch (error) {
    logStorageError(input, 'Could not save state', error);
    return 'not-saved';
  }
}

/**
 * Saves whatever the turn changed. A failed save is logged and the response still goes out: the
 * parent hears the step, and what was stored before stays.
 */
export const saveStateInterceptor: ResponseInterceptor = {
  async process(input) {
    await savePlace(input);
  },
};

/** What is compared to decide whether anything changed since the last load or save. */
function snapshot(routine: RoutineState | undefined, profile: Profile): string {
  return JSON.stringify({ routine: routine ?? null, profile });
}

/**
 * A storage failure, with what failed and why (the alarm on these lines keys on `storageFailure`),
 * never the user id.
 */
function logStorageError(input: HandlerInput, message: string, error: unknown): void {
  const failure = error instanceof Error ? error : new Error(String(error));
  services(input).logger.error(message, {
    storageFailure: message.includes('load') ? 'load' : 'save',
    errorName: failure.name,
    errorMessage: failure.message,
    errorStack: failure.stack,
  });
}
