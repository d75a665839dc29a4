import { HandlerInput } from 'ask-sdk-core';
import type { Content } from '../content/types';
import type { SkillLogger } from '../logging/logger';
import type { AudioSource } from '../play-along/play';
import { NEW_PROFILE, Profile } from '../routine/profile';
import { RoutineId, RoutineState } from '../routine/types';
import { isRoutineId } from '../routine/routines';
// What an offer may keep for its answer: a birth month ('2026-10'), as the stored profile keeps one.
import { MONTH } from '../course/log';
import { PlaceStore, StoreMemo, Unloaded } from '../storage/place';
import { StateProblem, readProfile, readRoutineState } from '../storage/stored-state';
import { IntentName } from './intents';

/**
 * A question the skill has just asked, so that "yes" and "no" mean the right thing next turn:
 * - `resume`: "Shall we carry on from the tummy?" (launch with a saved position)
 * - `continue`: "Shall we carry on with the massage?" (after a question or a pause mid-routine)
 * - `start`: "Would you like to start a massage?" (after a question outside a routine)
 * - `restart`: "Start again from the very beginning?" ("start over" deep in a routine)
 * - `nearest`: "The nearest I have is on oils. Would you like that one?" (a question with no answer of its own)
 * - `chosen`: "Last time you chose the colic massage. Shall we start it?" (left during its opening)
 * - `remember-age`: "Shall I remember that your baby was born in October 2026?" (the month in `pending`)
 * - `forget-me`: "Shall I delete all of it?" (what the skill keeps about the parent)
 * - `reminder-time`: "What time each day would you like the reminder?"
 */
export type Offer = 'resume' | 'continue' | 'start' | 'restart' | 'nearest' | 'chosen' | 'remember-age' | 'forget-me' | 'reminder-time';
const OFFERS: readonly Offer[] = ['resume', 'continue', 'start', 'restart', 'nearest', 'chosen', 'remember-age', 'forget-me', 'reminder-time'];

/** The companion's own questions (lambda/companion): its chunk knows what "yes" and "no" to them mean. */
export type CompanionOffer = Extract<Offer, 'remember-age' | 'forget-me' | 'reminder-time'>;
const COMPANION_OFFERS: readonly Offer[] = ['remember-age', 'forget-me', 'reminder-time'] satisfies readonly CompanionOffer[];
export const isCompanionOffer = (offer: Offer | undefined): offer is CompanionOffer => offer !== undefined && COMPANION_OFFERS.includes(offer);

/** An answer just given, which "repeat" says again next turn (instead of the stroke). */
export interface Answered {
  readonly intent: IntentName;
  /** The slot value id the answer was for, if any. */
  readonly topic?: string;
  /** A question with no answer of its own: the nearest topic offered instead. */
  readonly nearest?: string;
}

/** What every part of the skill may use, the same for every request of a container. */
export interface Services {
  readonly logger: SkillLogger;
  readonly now: () => Date;
  /** Where play-along audio streams from; none where it was not deployed (the spoken guide only). */
  readonly audio?: AudioSource;
}

/**
 * One request's state, typed, built once by the load interceptor (alexa/interceptors/turn.ts) and
 * written back by the save interceptor: the locale's words and the services, the parent's place
 * (through the one place store), and what the last turn asked or answered. An offer or an answer
 * lasts one turn: `last` holds the previous turn's, `offer` and `answered` this turn's.
 */
export class Turn implements Services {
  /** This turn's offer and answer, carried to the next turn only. */
  offer?: Offer;
  answered?: Answered;
  /** The opening (step id) said in full this session: said again short, with no second greeting. */
  openingHeard?: string;
  /** What was wrong with the stored state, reported once (launch owns up to it). */
  problem?: StateProblem;
  /** The routine "yes" to this turn's `start` offer begins, where an answer pointed at one (the age: the newborn massage). */
  suggested?: RoutineId;
  /** A value this turn's offer is about, kept for its answer: the birth month 'YYYY-MM' of `remember-age`. */
  pending?: string;

  constructor(
    readonly content: Content,
    readonly services: Services,
    readonly store: PlaceStore,
    readonly last: { readonly offer?: Offer; readonly answered?: Answered; readonly suggested?: RoutineId; readonly pending?: string } = {},
  ) {}

  get logger(): SkillLogger {
    return this.services.logger;
  }

  get now(): () => Date {
    return this.services.now;
  }

  get audio(): AudioSource | undefined {
    return this.services.audio;
  }

  get routine(): RoutineState | undefined {
    return this.store.current.routine;
  }

  set routine(routine: RoutineState | undefined) {
    this.store.keep({ routine });
  }

  get profile(): Profile {
    return this.store.current.profile;
  }

  set profile(profile: Profile) {
    this.store.keep({ profile });
  }

  /** The session attributes this turn leaves for the next one. */
  toSession(): SessionAttributes {
    const routine = this.routine;
    return {
      loaded: true,
      ...this.store.memo(),
      profile: this.profile,
      ...(routine ? { routine } : {}),
      ...(this.offer ? { offer: this.offer } : {}),
      ...(this.answered ? { answered: this.answered } : {}),
      ...(this.openingHeard ? { openingHeard: this.openingHeard } : {}),
      ...(this.suggested ? { suggested: this.suggested } : {}),
      ...(this.pending ? { pending: this.pending } : {}),
    };
  }
}

const TURN = 'turn';

export function setTurn(input: HandlerInput, turn: Turn): void {
  input.attributesManager.getRequestAttributes()[TURN] = turn;
}

/** This request's turn; every handler and guide function reads the request's state through it. */
export function turnOf(input: HandlerInput): Turn {
  const found = input.attributesManager.getRequestAttributes()[TURN] as Turn | undefined;
  if (!found) throw new Error('The turn interceptor did not run');
  return found;
}

/** The turn if the interceptor got as far as building it (the error handler cannot be sure). */
export function maybeTurnOf(input: HandlerInput): Turn | undefined {
  return input.attributesManager.getRequestAttributes()[TURN] as Turn | undefined;
}

/** Session attributes as the skill keeps them; everything else in the session is ignored. */
export interface SessionAttributes extends StoreMemo {
  /** Persistent attributes were read this session (they are read once per session). */
  readonly loaded: true;
  readonly routine?: RoutineState;
  readonly profile: Profile;
  readonly offer?: Offer;
  readonly answered?: Answered;
  readonly openingHeard?: string;
  readonly suggested?: RoutineId;
  readonly pending?: string;
}

const INTENT_NAMES = new Set<string>(Object.values(IntentName));
const UNLOADED: readonly Unloaded[] = ['failed', 'newer', 'anonymous', 'forgotten'];
const STEP_OR_TOPIC = /^[a-z0-9-]{1,40}$/;

function readOffer(value: unknown): Offer | undefined {
  return OFFERS.includes(value as Offer) ? (value as Offer) : undefined;
}

function readAnswered(value: unknown): Answered | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { intent, topic, nearest } = value as Record<string, unknown>;
  if (typeof intent !== 'string' || !INTENT_NAMES.has(intent)) return undefined;
  return {
    intent: intent as IntentName,
    ...(typeof topic === 'string' && STEP_OR_TOPIC.test(topic) ? { topic } : {}),
    ...(typeof nearest === 'string' && STEP_OR_TOPIC.test(nearest) ? { nearest } : {}),
  };
}

/**
 * The session as the skill last left it, checked field by field, or undefined when it is missing or
 * not ours (garbage in a session never overrides what is stored: the turn reads the store again).
 */
export function readSession(attributes: Record<string, unknown>): SessionAttributes | undefined {
  if (attributes.loaded !== true) return undefined;
  const { stored } = attributes;
  if (!(stored === null || (typeof stored === 'string' && stored.length <= 4000))) return undefined;
  let routine: RoutineState | undefined;
  if (attributes.routine !== undefined) {
    routine = readRoutineState(attributes.routine).routine;
    if (!routine) return undefined;
  }
  const offer = readOffer(attributes.offer);
  const answered = readAnswered(attributes.answered);
  const unloaded = stored === null ? (UNLOADED.includes(attributes.unloaded as Unloaded) ? (attributes.unloaded as Unloaded) : 'failed') : undefined;
  const { version } = attributes;
  return {
    loaded: true,
    stored,
    ...(stored !== null && typeof version === 'number' && Number.isSafeInteger(version) && version >= 0 ? { version } : {}),
    ...(unloaded ? { unloaded } : {}),
    ...(unloaded && attributes.retried === true ? { retried: true as const } : {}),
    profile: attributes.profile === undefined ? NEW_PROFILE : readProfile(attributes.profile),
    ...(routine ? { routine } : {}),
    ...(offer ? { offer } : {}),
    ...(answered ? { answered } : {}),
    ...(typeof attributes.openingHeard === 'string' && STEP_OR_TOPIC.test(attributes.openingHeard) ? { openingHeard: attributes.openingHeard } : {}),
    ...(isRoutineId(attributes.suggested) ? { suggested: attributes.suggested } : {}),
    ...(typeof attributes.pending === 'string' && MONTH.test(attributes.pending) ? { pending: attributes.pending } : {}),
  };
}
