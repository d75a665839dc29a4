import { RequestHandler } from 'ask-sdk-core';
import { playAlong } from '../../../lazy';

/**
 * Alexa reporting on the audio (no session, no speech): where playback started and stopped is stored,
 * the next step is queued as this one nears its end, the routine is finished with its last step, and
 * a stream that failed is logged and offered by voice next time.
 */
export const playbackEventHandler: RequestHandler = {
  canHandle: (input) => input.requestEnvelope.request?.type?.startsWith('AudioPlayer.') ?? false,
  async handle(input) {
    return playAlong().onPlaybackEvent(input);
  },
};
