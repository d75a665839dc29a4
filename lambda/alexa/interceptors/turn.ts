import type { HandlerInput, PersistenceAdapter, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import { getLocale } from '../sdk';
import { contentFor } from '../../content';
import { isAudioCommand } from '../../play-along/context';
import { NEW_PROFILE, Profile } from '../../routine/profile';
import { ItemAccess } from '../../storage/items';
import { Place, PlaceStore, Settle } from '../../storage/place';
import { withPractice } from '../../course/log';
import { hasUserId } from '../../storage/user';
import { Services, Turn, readSession, setTurn, turnOf } from '../turn';

/**
 * Builds the request's turn, once: the locale's words (a locale the skill has no words for is
 * answered in en-US English rather than not at all), the services, and the parent's place.
 *
 * In a session the place is read from the store once, at the session's first request, and carried in
 * the session attributes after that; garbage in a session never overrides what is stored (the store
 * is read again). A store that does not answer is logged and the parent still hears the guide, from
 * the start; nothing is saved over what the store may hold, and the next turn tries the read once
 * more. Each session that reads counts as a visit in the parent's profile, which is how the guide
 * tells a first-timer from a regular.
 *
 * Requests without a session (Alexa's AudioPlayer and PlaybackController requests) read the place
 * only if their handler asks for it (`turn.store.load()`).
 *
 * Every storage call of the request shares one deadline (lambda/storage/items.ts), so a store that
 * hangs costs a request the same short wait however many calls it would make.
 */
export function loadTurnInterceptor(services: Services, persistence: PersistenceAdapter): RequestInterceptor {
  return {
    async process(input) {
      const turn = await openTurn(input, services, persistence);
      setTurn(input, turn);
      if (input.requestEnvelope.session) input.attributesManager.setSessionAttributes({ ...turn.toSession() });
    },
  };
}

/**
 * Saves whatever the turn changed, and leaves the session what the next turn needs. A failed save is
 * logged and the response still goes out: the parent hears the step, and what was stored stays.
 */
export const saveTurnInterceptor: ResponseInterceptor = {
  async process(input) {
    const turn = turnOf(input);
    await turn.store.saveNow();
    if (input.requestEnvelope.session) input.attributesManager.setSessionAttributes({ ...turn.toSession() });
  },
};

function localeOf(input: HandlerInput): string | undefined {
  try {
    return getLocale(input.requestEnvelope);
  } catch {
    return undefined;
  }
}

/** The practice log and the course follow every move through a routine (course/log.ts). */
const practice =
  (now: () => Date): Settle =>
  (before, after) => {
    const { profile, routine } = withPractice(before.routine, after.profile, after.routine, now());
    return { ...(routine ? { routine } : {}), profile };
  };

async function openTurn(input: HandlerInput, services: Services, persistence: PersistenceAdapter): Promise<Turn> {
  const content = contentFor(localeOf(input));
  const { logger, now } = services;
  const settle = practice(now);
  const { attributesManager, requestEnvelope } = input;
  const anonymous = !hasUserId(requestEnvelope);
  const items = new ItemAccess(persistence, requestEnvelope);
  if (!requestEnvelope.session) return new Turn(content, services, anonymous ? PlaceStore.anonymous(logger, now) : new PlaceStore(items, logger, now, undefined, settle));

  const session = readSession(attributesManager.getSessionAttributes());
  if (session) {
    const place: Place = { ...(session.routine ? { routine: session.routine } : {}), profile: session.profile };
    const store = anonymous ? PlaceStore.anonymous(logger, now, place) : new PlaceStore(items, logger, now, { place, memo: session }, settle);
    await store.retry(adoptStored);
    const turn = new Turn(content, services, store, {
      ...(session.offer ? { offer: session.offer } : {}),
      ...(session.answered ? { answered: session.answered } : {}),
      ...(session.suggested ? { suggested: session.suggested } : {}),
      ...(session.pending ? { pending: session.pending } : {}),
    });
    if (session.openingHeard) turn.openingHeard = session.openingHeard;
    return turn;
  }

  if (anonymous) {
    logger.warn('Request without a user id: nothing is loaded or saved');
    return new Turn(content, services, PlaceStore.anonymous(logger, now, { profile: { ...NEW_PROFILE, sessions: 1 } }));
  }
  const store = new PlaceStore(items, logger, now, undefined, settle);
  const read = await store.read();
  const turn = new Turn(content, services, store);
  if (read.problem) turn.problem = read.problem;
  // "Alexa, pause" to the audio opens a session of its own: it is not another visit.
  const visit = isAudioCommand(input) ? 0 : 1;
  turn.profile = { ...turn.profile, sessions: turn.profile.sessions + visit };
  return turn;
}

/**
 * What a session whose first read failed adopts when the store answers on a later turn: its own
 * routine wins (it is what the parent is doing), the stored profile is kept with this visit counted.
 */
function adoptStored(stored: Place, session: Place): Place {
  const profile: Profile = {
    ...stored.profile,
    sessions: stored.profile.sessions + 1,
    finished: stored.profile.finished + session.profile.finished,
    // A full opening heard before the read came back was heard on this visit.
    ...(stored.profile.firstOpening !== undefined
      ? { firstOpening: stored.profile.firstOpening }
      : session.profile.firstOpening !== undefined
        ? { firstOpening: stored.profile.sessions + 1 }
        : {}),
    ...((session.profile.prefs ?? stored.profile.prefs) ? { prefs: session.profile.prefs ?? stored.profile.prefs } : {}),
  };
  const routine = session.routine ?? stored.routine;
  return { ...(routine ? { routine } : {}), profile };
}
