import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { ROUTINES, indexOf } from '../routine/routines';
import { transition } from '../routine/machine';
import type { MassagePart, RoutineState } from '../routine/types';
import { Place } from '../storage/place';
import { AudioToken, offsetInStep, playStep, readToken } from './play';
import { turnOf } from '../alexa/turn';
import { boundedText } from '../logging/fields';

/** What Alexa reported about our audio, as the place store applies it. */
export interface PlaybackEvent {
  readonly type: 'started' | 'stopped' | 'finished' | 'failed';
  readonly token: AudioToken;
  /** Within the token's step (offsetInStep). */
  readonly offsetMs: number;
  /** ISO time of the request. */
  readonly at: string;
}

/**
 * Where the parent is after an event, from where the store says they are now. Alexa's reports can
 * come late, twice or side by side with a command, so an event moves the place only when it still
 * describes it:
 * - started: the step now playing, unless the routine has finished or is already further on (a late
 *   report for an earlier step);
 * - stopped, failed: the step it was on, paused, only if the place is still that step and unfinished
 *   (a Stopped after the final Finished does not reopen the routine; one for a step the parent has
 *   since left does not move them back);
 * - finished: on to the next step, or the routine finished and counted, only from that very step, so a
 *   finish counts once however many times it is reported.
 * With no place at all (nothing stored yet), an event is taken as it is.
 */
export function afterPlayback(place: Place, event: PlaybackEvent): Place {
  const { token } = event;
  const steps = ROUTINES[token.routineId].steps;
  const current = place.routine;
  const same = current?.routineId === token.routineId;
  const here = !current || (same && current.stepId === token.stepId && current.status !== 'finished');
  // The run goes on: its start (its practice-log entry) goes with it from step to step.
  const run = same && current.started ? { started: current.started } : {};
  const routine = { routineId: token.routineId, stepId: token.stepId, ...run };
  switch (event.type) {
    case 'started': {
      const later = same && (current.status === 'finished' || indexOf(ROUTINES[token.routineId], current.stepId) > token.stepIndex);
      return later ? place : { ...place, routine: { ...routine, status: 'in-progress', audio: { offsetMs: event.offsetMs } } };
    }
    case 'stopped':
      return here ? { ...place, routine: { ...routine, status: 'paused', pausedAt: event.at, audio: { offsetMs: event.offsetMs } } } : place;
    case 'failed':
      return here ? { ...place, routine: { ...routine, status: 'paused', pausedAt: event.at, audio: { offsetMs: 0, failed: true } } } : place;
    case 'finished': {
      if (!here) return place;
      if (token.stepIndex === steps.length - 1) {
        return { profile: { ...place.profile, finished: place.profile.finished + 1 }, routine: { ...routine, status: 'finished' } };
      }
      const skipParts = current?.skipParts;
      const next = nextPlayable(token.routineId, token.stepIndex, skipParts);
      return { ...place, routine: { routineId: token.routineId, stepId: steps[next].id, status: 'in-progress', audio: { offsetMs: 0 }, ...(skipParts?.length ? { skipParts } : {}), ...run } };
    }
  }
}

/**
 * The step the audio plays after `stepIndex`: "next" as the spoken guide takes it (routine/machine.ts),
 * past any part the parent asked to leave out ("ask baby massage to skip the face" while the legs
 * played), never past the closing step.
 */
export function nextPlayable(routineId: AudioToken['routineId'], stepIndex: number, skipParts?: readonly MassagePart[]): number {
  const here: RoutineState = { routineId, stepId: ROUTINES[routineId].steps[stepIndex].id, status: 'in-progress', ...(skipParts?.length ? { skipParts } : {}) };
  const { outcome } = transition(here, { type: 'next' });
  return outcome.kind === 'step' ? outcome.stepIndex : stepIndex + 1;
}

const EVENTS: Readonly<Record<string, PlaybackEvent['type']>> = {
  'AudioPlayer.PlaybackStarted': 'started',
  'AudioPlayer.PlaybackStopped': 'stopped',
  'AudioPlayer.PlaybackFinished': 'finished',
  'AudioPlayer.PlaybackFailed': 'failed',
};

/** AudioPlayer.* requests: keep the place as Alexa reports it, and queue the next step. */
export async function onPlaybackEvent(input: HandlerInput): Promise<Response> {
  const request = input.requestEnvelope.request as { type: string; token?: unknown; offsetInMilliseconds?: unknown; error?: { type?: unknown; message?: unknown } };
  const builder = input.responseBuilder;
  const token = readToken(request.token);
  if (!token) return builder.getResponse();
  const { content, audio, logger } = turnOf(input);
  if (request.type === 'AudioPlayer.PlaybackNearlyFinished') {
    if (token.stepIndex === ROUTINES[token.routineId].steps.length - 1 || !audio) return builder.getResponse();
    // Parts the parent asked to leave out while it played are passed over (the place store knows them).
    await turnOf(input).store.load();
    const stored = turnOf(input).routine;
    const skipParts = stored?.routineId === token.routineId ? stored.skipParts : undefined;
    const next = playStep(content, audio, token.routineId, nextPlayable(token.routineId, token.stepIndex, skipParts), token.variant, 'ENQUEUE', 0, request.token as string);
    return builder.addDirective(next).getResponse();
  }
  const type = EVENTS[request.type];
  if (!type) return builder.getResponse();
  if (type === 'failed') {
    logger.error('Play-along audio failed', { errorType: boundedText(request.error?.type), errorMessage: boundedText(request.error?.message), stepId: token.stepId });
  }
  const event: PlaybackEvent = { type, token, offsetMs: offsetInStep(content, token, request.offsetInMilliseconds), at: turnOf(input).now().toISOString() };
  await turnOf(input).store.load();
  turnOf(input).store.update((place) => afterPlayback(place, event));
  return builder.getResponse();
}
