import { RequestHandler } from 'ask-sdk-core';
import { playRoutine, routineNamed } from '../../../guide/play';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';

/**
 * "play the massage", "play the colic massage", "keep going by yourself": the routine plays through as
 * audio, step after step, with no "say next" in between; "Alexa, pause" and "Alexa, resume" then
 * work without the skill's name. Inside the spoken guide it plays on from the same step. A device
 * without AudioPlayer (or a deployment without the audio) gets the spoken guide, and is told so.
 */
export const playRoutineHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.PlayRoutine),
  handle: (input) => playRoutine(input, routineNamed(input)),
};
