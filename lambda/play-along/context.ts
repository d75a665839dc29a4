import { HandlerInput } from 'ask-sdk-core';
import { AudioToken, readToken } from './play';

/**
 * What a request says about play-along: whether the device can play it, and whether our audio is
 * what "Alexa, pause" or "next" is about. Small and free of the AudioPlayer code, so handlers can ask
 * in `canHandle` without loading it.
 */
export function supportsAudio(input: HandlerInput): boolean {
  return input.requestEnvelope.context?.System?.device?.supportedInterfaces?.AudioPlayer !== undefined;
}

/** Our step that is playing or last played on this device, from `context.AudioPlayer`. */
export function playingToken(input: HandlerInput): AudioToken | undefined {
  return readToken(input.requestEnvelope.context?.AudioPlayer?.token);
}

/** How far into that step Alexa says it got, as it says it: offsetInStep (./play.ts) makes it a place. */
export function reportedOffset(input: HandlerInput): unknown {
  const request = input.requestEnvelope.request as { offsetInMilliseconds?: unknown };
  return request.offsetInMilliseconds ?? input.requestEnvelope.context?.AudioPlayer?.offsetInMilliseconds;
}

/**
 * Said over our audio while it plays (Alexa lowers it to listen, and reports it PLAYING): a question
 * or a word about the baby is about the massage that is playing. Once it was paused, stopped or has
 * finished, only the transport words ("resume", "next") still mean the audio.
 */
export function isOurAudioPlaying(input: HandlerInput): boolean {
  return isAudioCommand(input) && input.requestEnvelope.context?.AudioPlayer?.playerActivity === 'PLAYING';
}

/**
 * "Alexa, pause" (next, resume...) said to our audio: Alexa routes it to us without the skill's name,
 * in a new session (or none). Inside a spoken session the same words mean the spoken guide.
 */
export function isAudioCommand(input: HandlerInput): boolean {
  const session = input.requestEnvelope.session;
  // A device that does not declare AudioPlayer gets no AudioPlayer directive, whatever its context says.
  return supportsAudio(input) && playingToken(input) !== undefined && (!session || session.new === true);
}
