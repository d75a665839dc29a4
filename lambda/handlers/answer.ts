import { HandlerInput, RequestHandler, getSlot } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { Answer, Questions } from '../content/types';
import { IntentName, SlotName } from '../intents';
import { isResumable } from '../routine/state';
import { services } from '../services';
import { routineOf, setOffer } from '../session';
import { SpeechBuilder } from '../speech/ssml';
import { isIntent } from './match';

/** The topic a parent asked about: nothing said, a value the model resolved (its id), or words it did not. */
export type Topic = { readonly kind: 'none' } | { readonly kind: 'matched'; readonly id: string } | { readonly kind: 'unmatched'; readonly heard: string };

export function readTopic(input: HandlerInput): Topic {
  const slot = getSlot(input.requestEnvelope, SlotName.Topic);
  if (!slot?.value) return { kind: 'none' };
  const resolution = slot.resolutions?.resolutionsPerAuthority?.[0];
  const id = resolution?.status.code === 'ER_SUCCESS_MATCH' ? resolution.values?.[0]?.value.id : undefined;
  return id ? { kind: 'matched', id } : { kind: 'unmatched', heard: slot.value };
}

/**
 * Answers a question without losing the place. Mid-routine the answer ends by offering to carry on
 * ("yes", "resume" return to the same step from its start, "next" goes on); outside a routine it
 * offers to start one. Health answers end with the short not-medical-advice line before the offer.
 * `after` is said after the answer (e.g. the list of topics).
 */
export function answerQuestion(input: HandlerInput, answer: Answer | undefined, after: readonly string[] = []): Response {
  const { questions } = services(input).content;
  const midRoutine = isResumable(routineOf(input));
  setOffer(input, midRoutine ? 'continue' : 'start');
  const wayBack = midRoutine ? questions.carryOn : questions.startOffer;
  const speech = new SpeechBuilder()
    .say(...(answer?.sentences ?? []), ...after)
    .say(answer?.health ? questions.notMedicalAdvice : '')
    .say(wayBack);
  return input.responseBuilder.speak(speech.build()).reprompt(new SpeechBuilder().say(wayBack).build()).getResponse();
}

/** A topic the skill has nothing on: say so honestly, and what it can talk about. */
export function answerUnknownTopic(input: HandlerInput, heard: string): Response {
  const { logger, content } = services(input);
  logger.info('Question on a topic we have no answer for', { heardLength: heard.length });
  return answerQuestion(input, undefined, [content.questions.unknownTopic, content.questions.topicList]);
}

/**
 * A handler for one kind of question: no topic gets the overview and the list of topics, a known
 * topic its answer, anything else the honest "I don't have information on that".
 */
export function questionHandler(
  intent: IntentName,
  overview: (questions: Questions) => Answer,
  answerFor: (questions: Questions, topicId: string) => Answer | undefined,
): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, intent),
    handle(input) {
      const { questions } = services(input).content;
      const topic = readTopic(input);
      if (topic.kind === 'none') return answerQuestion(input, overview(questions), [questions.topicList]);
      const answer = topic.kind === 'matched' ? answerFor(questions, topic.id) : undefined;
      return answer ? answerQuestion(input, answer) : answerUnknownTopic(input, topic.kind === 'unmatched' ? topic.heard : topic.id);
    },
  };
}
