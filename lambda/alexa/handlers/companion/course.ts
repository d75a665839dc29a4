import { RequestHandler } from 'ask-sdk-core';
import { IntentName, SlotName } from '../../intents';
import { isIntent } from '../../match';
import { readSlot } from '../../slots';
import { companion } from '../../../lazy';

/** "Teach me baby massage", "this week's lesson", "next lesson", "last week's lesson again", "lesson three". */
export const courseHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Course),
  handle: (input) => companion().startCourse(input, readSlot(input, SlotName.Lesson)),
};
