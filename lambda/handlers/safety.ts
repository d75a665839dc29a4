import { IntentName } from '../intents';
import { isSafetyTopic } from '../questions/topics';
import { questionHandler } from './answer';

/**
 * "what oil should I use?", "can I massage after vaccinations?", "can dad do it?": safety and how-to,
 * then the way back to the massage.
 */
export const safetyHandler = questionHandler(
  IntentName.Safety,
  (questions) => questions.safetyOverview,
  (questions, id) => (isSafetyTopic(id) ? questions.safety[id] : undefined),
);
