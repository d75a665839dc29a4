import { HandlerInput } from 'ask-sdk-core';
import { hasUserId } from './user';
import { NEW_PROFILE, Profile } from '../routine/profile';
import { readStoredState, toStoredState } from './stored-state';
import { RoutineState } from '../routine/types';
import { services } from '../alexa/services';
import { profileOf, routineOf, setProfile, setRoutine } from '../alexa/turn';

/**
 * The parent's place for play-along requests, with or without a session. Alexa's AudioPlayer and
 * PlaybackController requests come without one, so their place is read from and written to the
 * store directly; voice commands come in a session, whose state the interceptors load and save.
 */
export interface AudioPlace {
  readonly routine?: RoutineState;
  readonly profile: Profile;
}

export async function readPlace(input: HandlerInput): Promise<AudioPlace> {
  if (input.requestEnvelope.session) return { routine: routineOf(input), profile: profileOf(input) };
  if (!hasUserId(input.requestEnvelope)) return { profile: NEW_PROFILE };
  try {
    const read = readStoredState(await input.attributesManager.getPersistentAttributes(true));
    if (read.newer) return { profile: NEW_PROFILE };
    return { ...(read.routine ? { routine: read.routine } : {}), profile: read.profile ?? NEW_PROFILE };
  } catch (error) {
    logFailure(input, 'load', error);
    return { profile: NEW_PROFILE };
  }
}

export async function keepPlace(input: HandlerInput, place: AudioPlace): Promise<void> {
  if (input.requestEnvelope.session) {
    setRoutine(input, place.routine);
    setProfile(input, place.profile);
    return;
  }
  if (!hasUserId(input.requestEnvelope)) return;
  try {
    // Never over a newer release's state, as in a session.
    const current = readStoredState(await input.attributesManager.getPersistentAttributes(true));
    if (current.newer) return;
    input.attributesManager.setPersistentAttributes(toStoredState(place.routine, place.profile, services(input).now()));
    await input.attributesManager.savePersistentAttributes();
  } catch (error) {
    logFailure(input, 'save', error);
  }
}

function logFailure(input: HandlerInput, operation: 'load' | 'save', error: unknown): void {
  const failure = error instanceof Error ? error : new Error(String(error));
  services(input).logger.error(operation === 'load' ? 'Could not load stored state' : 'Could not save state', {
    storageFailure: operation,
    errorName: failure.name,
    errorMessage: failure.message,
    errorStack: failure.stack,
  });
}
