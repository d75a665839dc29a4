import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';
import { answering } from '../../../lazy';

/**
 * "she's smiling", "he loves it", "she's cooing": the reference's yes cues, said back warmly. In a
 * routine the place is kept and "next" (or "okay") goes on; otherwise it offers a massage.
 */
export const babyHappyHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.BabyHappy),
  handle: (input) => answering().respondToStatement(input, 'happy'),
};
