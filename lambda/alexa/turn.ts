import { HandlerInput } from 'ask-sdk-core';
import { IntentName } from './intents';
import { NEW_PROFILE, Profile } from '../routine/profile';
import { StateProblem, readProfile, readRoutineState } from '../storage/stored-state';
import { RoutineState } from '../routine/types';

/**
 * A question the skill has just asked, so that "yes" and "no" mean the right thing next turn:
 * - `resume`: "Shall we carry on from the tummy?" (launch with a saved position)
 * - `continue`: "Shall we carry on with the massage?" (after a question or a pause mid-routine)
 * - `start`: "Would you like to start a massage?" (after a question outside a routine)
 * - `restart`: "Start again from the very beginning?" ("start over" deep in a routine)
 * An offer lasts one turn: the state interceptor takes it off the session as each request arrives.
 */
export type Offer = 'resume' | 'continue' | 'start' | 'restart';
const OFFERS: readonly Offer[] = ['resume', 'continue', 'start', 'restart'];

/** An answer that "repeat" says again, right after it (instead of the stroke). */
export interface Replay {
  readonly intent: IntentName;
  /** The slot value id the answer was for, if any. */
  readonly topic?: string;
}

/**
 * Why nothing is saved this session: the store did not answer the load (`failed`, tried once more on
 * a later turn), holds a newer release's state (`newer`), or the request has no user id (`anonymous`).
 */
export type Unloaded = 'failed' | 'newer' | 'anonymous';
const UNLOADED: readonly Unloaded[] = ['failed', 'newer', 'anonymous'];

/** Session attributes as the skill keeps them; everything else in the session is ignored. */
export interface SessionState {
  /** Persistent attributes were read this session (they are read once per session). */
  readonly loaded: true;
  readonly routine?: RoutineState;
  readonly profile: Profile;
  /**
   * The routine and profile as last read from or written to the store (JSON), to save only on change;
   * null when the store did not answer the load (or holds a newer release's state), so nothing is
   * saved over what it holds.
   */
  readonly stored: string | null;
  readonly unloaded?: Unloaded;
  /** The failed load was tried once more already. */
  readonly retried?: true;
  readonly offer?: Offer;
  readonly replay?: Replay;
  /**
   * The opening (step id) last said in full this session, after the welcome: a routine started again
   * with the same opening ("just the legs" a minute after "start baby massage", "start over") has no
   * greeting and the short version of it.
   */
  readonly openingHeard?: string;
}

const OFFER_KEY = 'pendingOffer';
const REPLAY_KEY = 'lastAnswer';
const INTENT_NAMES = new Set<string>(Object.values(IntentName));
const TOPIC = /^[a-z0-9-]{1,40}$/;

/** One stored value checked: the offer if it is one, else undefined. */
function readOffer(value: unknown): Offer | undefined {
  return OFFERS.includes(value as Offer) ? (value as Offer) : undefined;
}

function readReplay(value: unknown): Replay | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { intent, topic } = value as Record<string, unknown>;
  if (typeof intent !== 'string' || !INTENT_NAMES.has(intent)) return undefined;
  return { intent: intent as IntentName, ...(typeof topic === 'string' && TOPIC.test(topic) ? { topic } : {}) };
}

/** The session as the skill last left it, or undefined when it is missing or not ours (garbage in, reload). */
export function readSession(attributes: Record<string, unknown>): SessionState | undefined {
  if (attributes.loaded !== true) return undefined;
  const { stored } = attributes;
  if (!(stored === null || (typeof stored === 'string' && stored.length <= 4000))) return undefined;
  let routine: RoutineState | undefined;
  if (attributes.routine !== undefined) {
    routine = readRoutineState(attributes.routine).routine;
    if (!routine) return undefined;
  }
  const offer = readOffer(attributes.offer);
  const replay = readReplay(attributes.replay);
  const unloaded = stored === null ? (UNLOADED.includes(attributes.unloaded as Unloaded) ? (attributes.unloaded as Unloaded) : 'failed') : undefined;
  return {
    loaded: true,
    stored,
    ...(unloaded ? { unloaded } : {}),
    ...(unloaded && attributes.retried === true ? { retried: true as const } : {}),
    profile: attributes.profile === undefined ? NEW_PROFILE : readProfile(attributes.profile),
    ...(routine ? { routine } : {}),
    ...(offer ? { offer } : {}),
    ...(replay ? { replay } : {}),
    ...(typeof attributes.openingHeard === 'string' && TOPIC.test(attributes.openingHeard) ? { openingHeard: attributes.openingHeard } : {}),
  };
}

/** A request with no session (Alexa never sends one, but a reply must still be right): nothing stored, nothing kept. */
const NO_SESSION: SessionState = { loaded: true, stored: null, unloaded: 'anonymous', profile: NEW_PROFILE };

export function session(input: HandlerInput): SessionState {
  if (!input.requestEnvelope.session) return NO_SESSION;
  const found = readSession(input.attributesManager.getSessionAttributes());
  if (!found) throw new Error('State interceptor did not run');
  return found;
}

/** The session attributes to write to, or a scratch object when there is no session to keep them in. */
function writable(input: HandlerInput): Record<string, unknown> {
  return input.requestEnvelope.session ? input.attributesManager.getSessionAttributes() : {};
}

export function routineOf(input: HandlerInput): RoutineState | undefined {
  return session(input).routine;
}

export function profileOf(input: HandlerInput): Profile {
  return session(input).profile;
}

export function setRoutine(input: HandlerInput, routine: RoutineState | undefined): void {
  const attributes = writable(input);
  if (routine) attributes.routine = routine;
  else delete attributes.routine;
}

export function setProfile(input: HandlerInput, profile: Profile): void {
  writable(input).profile = profile;
}

/** The opening said in full this session, if any. */
export function openingHeardOf(input: HandlerInput): string | undefined {
  return session(input).openingHeard;
}

export function setOpeningHeard(input: HandlerInput, stepId: string): void {
  writable(input).openingHeard = stepId;
}

export function setOffer(input: HandlerInput, offer: Offer): void {
  writable(input).offer = offer;
}

/** The offer made last turn, if any (taken off the session by the state interceptor). */
export function pendingOffer(input: HandlerInput): Offer | undefined {
  return input.attributesManager.getRequestAttributes()[OFFER_KEY] as Offer | undefined;
}

/** Remembers the answer just given, so that "repeat" next turn says it again. */
export function setReplay(input: HandlerInput, replay: Replay): void {
  writable(input).replay = replay;
}

/** The answer given last turn, if any (taken off the session with the offer). */
export function lastAnswer(input: HandlerInput): Replay | undefined {
  return input.attributesManager.getRequestAttributes()[REPLAY_KEY] as Replay | undefined;
}

/** Moves the session's offer and last answer to this request only; see `Offer` and `Replay`. */
export function takeOffer(input: HandlerInput): void {
  const attributes = input.attributesManager.getSessionAttributes();
  const offer = readOffer(attributes.offer);
  const replay = readReplay(attributes.replay);
  delete attributes.offer;
  delete attributes.replay;
  const request = input.attributesManager.getRequestAttributes();
  if (offer) request[OFFER_KEY] = offer;
  if (replay) request[REPLAY_KEY] = replay;
}

/** Takes the problem found when loading stored state (if any), so it is reported once. */
export function takeProblem(input: HandlerInput): StateProblem | undefined {
  const attributes = writable(input);
  const problem = attributes.problem as StateProblem | undefined;
  delete attributes.problem;
  return problem;
}
