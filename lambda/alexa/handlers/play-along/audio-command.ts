import { RequestHandler } from 'ask-sdk-core';
import { isAudioCommand } from '../../../play-along/context';
import { IntentName } from '../../intents';
import { playAlong } from '../../../lazy';
import { isIntent } from '../../match';
import { turnOf } from '../../turn';

const COMMANDS = [
  IntentName.Pause,
  IntentName.Resume,
  IntentName.Continue,
  IntentName.Next,
  IntentName.Previous,
  IntentName.StartOver,
  IntentName.Repeat,
  IntentName.Stop,
  IntentName.Cancel,
  IntentName.LoopOn,
  IntentName.LoopOff,
  IntentName.ShuffleOn,
  IntentName.ShuffleOff,
];

/**
 * "Alexa, pause", "resume", "next", "previous", "start over", "stop" said to the massage while it
 * plays (or after it played last on the device): Alexa sends them without the skill's name. Loop,
 * shuffle and repeat get an honest short answer.
 */
export const audioCommandHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, ...COMMANDS) && isAudioCommand(input),
  async handle(input) {
    const audio = playAlong();
    const { phrases } = turnOf(input).content;
    const request = input.requestEnvelope.request;
    const name = request.type === 'IntentRequest' ? request.intent.name : '';
    switch (name) {
      case IntentName.Pause:
        return audio.pauseAudio(input);
      case IntentName.Resume:
      case IntentName.Continue:
        return audio.resumeAudio(input);
      case IntentName.Next:
        return audio.moveAudio(input, 'next');
      case IntentName.Previous:
        return audio.moveAudio(input, 'previous');
      case IntentName.StartOver:
        return audio.moveAudio(input, 'start-over');
      case IntentName.Repeat:
        return audio.repeatAudio(input, [phrases.audioRepeat]);
      case IntentName.LoopOn:
      case IntentName.LoopOff:
        return audio.answerDuringAudio(input, [phrases.audioLoop]);
      case IntentName.ShuffleOn:
      case IntentName.ShuffleOff:
        return audio.answerDuringAudio(input, [phrases.audioShuffle]);
      default:
        return audio.stopAudio(input);
    }
  },
};
