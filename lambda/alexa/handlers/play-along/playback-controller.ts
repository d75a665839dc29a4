import { RequestHandler } from 'ask-sdk-core';
import { playingToken } from '../../../play-along/context';
import { playAlong } from '../../../lazy';
import { isRequestType } from '../../match';
import { turnOf } from '../../turn';

/**
 * The device's and the app's buttons during play-along (no session, no speech): next and previous
 * move by step, play carries on from where it stopped, pause stops at once and keeps the second.
 */
export const playbackControllerHandler: RequestHandler = {
  canHandle: (input) => input.requestEnvelope.request?.type?.startsWith('PlaybackController.') ?? false,
  async handle(input) {
    // A button pressed for audio that is not ours, or with no audio deployed: nothing to do.
    if (!playingToken(input) || !turnOf(input).audio) return input.responseBuilder.getResponse();
    const audio = playAlong();
    if (isRequestType(input, 'PlaybackController.NextCommandIssued')) return audio.moveAudio(input, 'next');
    if (isRequestType(input, 'PlaybackController.PreviousCommandIssued')) return audio.moveAudio(input, 'previous');
    if (isRequestType(input, 'PlaybackController.PlayCommandIssued')) return audio.resumeAudio(input);
    if (isRequestType(input, 'PlaybackController.PauseCommandIssued')) return audio.pauseAudio(input);
    return input.responseBuilder.getResponse();
  },
};
