import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../intents';
import { isSafetyTopic } from '../questions/topics';
import { services } from '../services';
import { answerQuestion, answerUnknownTopic, readTopic } from './answer';
import { isIntent } from './match';

/**
 * "what oil should I use?", "can I massage after vaccinations?", "can dad do it?": safety and how-to,
 * then the way back to the massage.
 */
export const safetyHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Safety),
  handle(input) {
    const { questions } = services(input).content;
    const topic = readTopic(input);
    if (topic.kind === 'none') return answerQuestion(input, questions.safetyOverview, [questions.topicList]);
    if (topic.kind === 'matched' && isSafetyTopic(topic.id)) return answerQuestion(input, questions.safety[topic.id]);
    return answerUnknownTopic(input, topic.kind === 'unmatched' ? topic.heard : topic.id);
  },
};
