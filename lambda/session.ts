import { HandlerInput } from 'ask-sdk-core';
import { readRoutineState, StateProblem } from './routine/state';
import { RoutineState } from './routine/types';

/**
 * A question the skill has just asked, so that "yes" and "no" mean the right thing next turn:
 * - `resume`: "Shall we carry on from the tummy?" (launch with a saved position)
 * - `continue`: "Shall we carry on with the massage?" (after a question mid-routine)
 * - `start`: "Would you like to start a massage?" (after a question outside a routine)
 * An offer lasts one turn: the state interceptor takes it off the session as each request arrives.
 */
export type Offer = 'resume' | 'continue' | 'start';
const OFFERS: readonly Offer[] = ['resume', 'continue', 'start'];

/** An offer as stored in the session, or undefined for anything else. */
function readOffer(value: unknown): Offer | undefined {
  return OFFERS.includes(value as Offer) ? (value as Offer) : undefined;
}

/** Session attributes as the skill keeps them; everything else in the session is ignored. */
export interface SessionState {
  /** Persistent attributes were read this session (they are read once per session). */
  readonly loaded: true;
  readonly routine?: RoutineState;
  /**
   * The routine as last read from or written to the store (JSON), to save only on change; null when
   * the store did not answer the load, so nothing is saved over what it may hold.
   */
  readonly stored: string | null;
  readonly offer?: Offer;
}

const OFFER_KEY = 'pendingOffer';

/** The session as the skill last left it, or undefined when it is missing or not ours (garbage in, reload). */
export function readSession(attributes: Record<string, unknown>): SessionState | undefined {
  if (attributes.loaded !== true || !(typeof attributes.stored === 'string' || attributes.stored === null)) return undefined;
  let routine: RoutineState | undefined;
  if (attributes.routine !== undefined) {
    routine = readRoutineState(attributes.routine).routine;
    if (!routine) return undefined;
  }
  const offer = readOffer(attributes.offer);
  return { loaded: true, stored: attributes.stored, ...(routine ? { routine } : {}), ...(offer ? { offer } : {}) };
}

export function session(input: HandlerInput): SessionState {
  const found = readSession(input.attributesManager.getSessionAttributes());
  if (!found) throw new Error('State interceptor did not run');
  return found;
}

export function routineOf(input: HandlerInput): RoutineState | undefined {
  return session(input).routine;
}

export function setRoutine(input: HandlerInput, routine: RoutineState | undefined): void {
  const attributes = input.attributesManager.getSessionAttributes();
  if (routine) attributes.routine = routine;
  else delete attributes.routine;
}

export function setOffer(input: HandlerInput, offer: Offer): void {
  input.attributesManager.getSessionAttributes().offer = offer;
}

/** The offer made last turn, if any (taken off the session by the state interceptor). */
export function pendingOffer(input: HandlerInput): Offer | undefined {
  return input.attributesManager.getRequestAttributes()[OFFER_KEY] as Offer | undefined;
}

/** Moves the session's offer to this request only; see `Offer`. */
export function takeOffer(input: HandlerInput): void {
  const attributes = input.attributesManager.getSessionAttributes();
  const offer = readOffer(attributes.offer);
  delete attributes.offer;
  if (offer) input.attributesManager.getRequestAttributes()[OFFER_KEY] = offer;
}

/** Takes the problem found when loading stored state (if any), so it is reported once. */
export function takeProblem(input: HandlerInput): StateProblem | undefined {
  const attributes = input.attributesManager.getSessionAttributes();
  const problem = attributes.problem as StateProblem | undefined;
  delete attributes.problem;
  return problem;
}
