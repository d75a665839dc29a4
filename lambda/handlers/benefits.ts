import { IntentName } from '../intents';
import { isBenefitTopic } from '../questions/topics';
import { questionHandler } from './answer';

/**
 * "does massage help my baby sleep?", "is it good for colic?", "what are the benefits?": an honest
 * answer graded by the evidence, then the way back to the massage.
 */
export const benefitsHandler = questionHandler(
  IntentName.Benefits,
  (questions) => questions.benefitsOverview,
  (questions, id) => (isBenefitTopic(id) ? questions.benefits[id] : undefined),
);
