import { RequestHandler } from 'ask-sdk-core';
import { IntentName } from '../intents';
import { isBenefitTopic } from '../questions/topics';
import { services } from '../services';
import { answerQuestion, answerUnknownTopic, readTopic } from './answer';
import { isIntent } from './match';

/**
 * "does massage help my baby sleep?", "is it good for colic?", "what are the benefits?": an honest
 * answer graded by the evidence, then the way back to the massage.
 */
export const benefitsHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Benefits),
  handle(input) {
    const { questions } = services(input).content;
    const topic = readTopic(input);
    if (topic.kind === 'none') return answerQuestion(input, questions.benefitsOverview, [questions.topicList]);
    if (topic.kind === 'matched' && isBenefitTopic(topic.id)) return answerQuestion(input, questions.benefits[topic.id]);
    return answerUnknownTopic(input, topic.kind === 'unmatched' ? topic.heard : topic.id);
  },
};
