import { RequestHandler } from 'ask-sdk-core';
import { launch } from '../../../guide/launch';
import { isOurAudioPlaying } from '../../../play-along/context';
import { isRequestType } from '../../match';

/** "Alexa, open baby massage" while the massage plays: the spoken guide takes over, so the audio stops. */
export const launchWhilePlayingHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'LaunchRequest') && isOurAudioPlaying(input),
  handle(input) {
    input.responseBuilder.addAudioPlayerStopDirective();
    return launch(input);
  },
};
