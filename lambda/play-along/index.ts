/**
 * The play-along chunk (lambda/lazy/index.ts loads it on first use): the AudioPlayer moves and the
 * handling of Alexa's reports on the audio.
 */
export { answerDuringAudio, moveAudio, moveAudioByPart, pauseAudio, playFrom, repeatAudio, resumeAudio, stopAudio, stopForBaby } from './commands';
export { onPlaybackEvent } from './events';
export { presignGetObject } from './presign';
