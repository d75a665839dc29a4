import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../../intents';
import { isIntent } from '../../match';
import { answering } from '../../../lazy';

/**
 * "my baby has a fever", "she's unwell", "he had his jabs today": not today, with who to ask. The place
 * is kept for another day; nothing about the baby's health is stored.
 */
export const babyUnwellHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.BabyUnwell),
  handle: (input) => answering().respondToStatement(input, 'unwell'),
};
