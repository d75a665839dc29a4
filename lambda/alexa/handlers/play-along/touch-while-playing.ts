import { RequestHandler } from 'ask-sdk-core';
import { playAlong } from '../../../lazy';
import { playingToken, supportsAudio } from '../../../play-along/context';
import { isRequestType } from '../../match';
import { turnOf } from '../../turn';
import { touchAction } from '../../request';

/** The buttons that move play-along audio while it is the device's. */
const AUDIO_ACTIONS: ReadonlySet<unknown> = new Set(['back', 'repeat', 'pause', 'resume', 'next']);

/**
 * An Echo Show's back, repeat, pause, resume and next buttons while play-along is the device's (our
 * device plays audio, our token is the last played, the parent's place was kept by the audio, and the audio is deployed): they
 * move the audio, as "Alexa, next" would.
 */
export const touchWhilePlayingHandler: RequestHandler = {
  canHandle(input) {
    if (!isRequestType(input, 'Alexa.Presentation.APL.UserEvent') || !AUDIO_ACTIONS.has(touchAction(input))) return false;
    const turn = turnOf(input);
    return supportsAudio(input) && playingToken(input) !== undefined && turn.routine?.audio !== undefined && turn.audio !== undefined;
  },
  handle(input) {
    const audio = playAlong();
    switch (touchAction(input)) {
      case 'pause':
        return audio.pauseAudio(input);
      case 'resume':
        return audio.resumeAudio(input);
      case 'repeat':
        return audio.repeatAudio(input, []);
      case 'next':
        return audio.moveAudio(input, 'next');
      default:
        return audio.moveAudio(input, 'previous');
    }
  },
};
