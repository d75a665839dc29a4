import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { ROUTINES } from '../routine/routines';
import { playStep, readToken } from './play';
import { turnOf } from '../alexa/turn';

/** AudioPlayer.* requests: keep the place as Alexa reports it, and queue the next step. */
export async function onPlaybackEvent(input: HandlerInput): Promise<Response> {
  const request = input.requestEnvelope.request as { type: string; token?: unknown; offsetInMilliseconds?: unknown; error?: { type?: string; message?: string } };
  const builder = input.responseBuilder;
  const token = readToken(request.token);
  if (!token) return builder.getResponse();
  const offsetMs = typeof request.offsetInMilliseconds === 'number' && request.offsetInMilliseconds >= 0 ? Math.trunc(request.offsetInMilliseconds) : 0;
  const steps = ROUTINES[token.routineId].steps;
  const last = token.stepIndex === steps.length - 1;
  switch (request.type) {
    case 'AudioPlayer.PlaybackStarted':
    case 'AudioPlayer.PlaybackStopped': {
      const place = await turnOf(input).store.load();
      // Stopped: when, too, so that carrying on after a long break starts with the one-line check.
      const stopped = request.type === 'AudioPlayer.PlaybackStopped';
      const routine = { routineId: token.routineId, stepId: token.stepId, audio: { offsetMs } };
      turnOf(input).store.keep({ ...place, routine: stopped ? { ...routine, status: 'paused', pausedAt: turnOf(input).now().toISOString() } : { ...routine, status: 'in-progress' } });
      return builder.getResponse();
    }
    case 'AudioPlayer.PlaybackNearlyFinished': {
      const { content, audio } = turnOf(input);
      if (last || !audio) return builder.getResponse();
      const next = playStep(content, audio, token.routineId, token.stepIndex + 1, token.variant, 'ENQUEUE', 0, request.token as string);
      return builder.addDirective(next).getResponse();
    }
    case 'AudioPlayer.PlaybackFinished': {
      const place = await turnOf(input).store.load();
      if (last) {
        turnOf(input).store.keep({ profile: { ...place.profile, finished: place.profile.finished + 1 }, routine: { routineId: token.routineId, stepId: token.stepId, status: 'finished' } });
      } else {
        turnOf(input).store.keep({ ...place, routine: { routineId: token.routineId, stepId: steps[token.stepIndex + 1].id, status: 'in-progress', audio: { offsetMs: 0 } } });
      }
      return builder.getResponse();
    }
    case 'AudioPlayer.PlaybackFailed': {
      turnOf(input).logger.error('Play-along audio failed', { errorType: request.error?.type, errorMessage: request.error?.message, stepId: token.stepId });
      const place = await turnOf(input).store.load();
      const pausedAt = turnOf(input).now().toISOString();
      turnOf(input).store.keep({ ...place, routine: { routineId: token.routineId, stepId: token.stepId, status: 'paused', pausedAt, audio: { offsetMs: 0, failed: true } } });
      return builder.getResponse();
    }
    default:
      return builder.getResponse();
  }
}
