import { RequestHandler } from 'ask-sdk-core';
import { IntentName, SlotName } from '../../intents';
import { isIntent } from '../../match';
import { readSlot } from '../../slots';
import { companion } from '../../../lazy';

/** "How many massages this week", "what did we do last time", "how long did we massage yesterday". */
export const practiceLogHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.PracticeLog),
  handle: (input) => companion().answerLog(input, readSlot(input, SlotName.Period)),
};
