import { HandlerInput } from 'ask-sdk-core';
import type { SlotValue } from '../alexa/slots';
import { Response } from 'ask-sdk-model';
import { fill } from '../content/fill';
import { Answer, Questions } from '../content/types';
import { isOurAudioPlaying } from '../play-along/context';
import { IntentName } from '../alexa/intents';
import { playAlong } from '../lazy';
import { listenerOf, placeOf, routineUnderWay, timeLeft } from './moves';
import { isBenefitTopic, isSafetyTopic } from '../content/topics';
import { isResumable } from '../routine/progress';
import { showScreen } from '../screens/support';
import type { ScreenView } from '../screens/views';
import { Answered } from '../alexa/turn';
import { suggestedRoutine } from './suggested';
import { QuestionTopic, topicNamed } from '../content/understand';
import { SpeechBuilder } from '../speech/ssml';
import { turnOf } from '../alexa/turn';

/**
 * Answers that do not move the routine: questions, "where are we", "how much is left", "which
 * massages are there", help. Each is remembered for one turn, so that "repeat" says the answer again
 * rather than the stroke.
 */

/**
 * Says an answer without losing the place, then the way back: mid-routine "shall we carry on?"
 * ("yes" and "resume" return to the same step from its start, "next" goes on), outside a routine
 * "would you like to start?". Health answers end with the short not-medical-advice line.
 */
interface RespondOptions {
  /** A health answer: ends with the short not-medical-advice line. */
  readonly health?: boolean;
  /** What an Echo Show shows instead of the answer's text. */
  readonly screen?: (views: typeof import('../screens/views')) => ScreenView;
}

function respond(input: HandlerInput, replay: Answered, sentences: readonly string[], { health = false, screen }: RespondOptions = {}): Response | Promise<Response> {
  const { content } = turnOf(input);
  const { questions, phrases } = content;
  const answer = health ? [...sentences, questions.notMedicalAdvice] : sentences;
  if (isOurAudioPlaying(input) && turnOf(input).audio) {
    // Asked during play-along: answer, then the audio carries on from where Alexa paused it.
    return playAlong().answerDuringAudio(input, [...answer, phrases.audioCarryOn]);
  }
  const midRoutine = routineUnderWay(input) !== undefined;
  turnOf(input).offer = replay.nearest ? 'nearest' : midRoutine ? 'continue' : 'start';
  turnOf(input).answered = replay;
  const suggested = suggestedRoutine(replay);
  const wayBack = replay.nearest
    ? ''
    : midRoutine
      ? carryOnFor(questions, replay)
      : suggested
        ? fill(questions.routineOffer, { routine: content.routines[suggested].name })
        : questions.startOffer;
  showScreen(input, screen ?? ((views) => views.answerView(content, answer.join(' '), midRoutine)));
  // A second question straight after the first: the way back was just asked, so it is left to the reprompt
  // ("repeat" says the same answer again, way back and all).
  const last = turnOf(input).last;
  const again = last.answered?.intent === replay.intent && last.answered.topic === replay.topic;
  const askedJustNow = midRoutine && last.offer === 'continue' && last.answered !== undefined && !again;
  const speech = new SpeechBuilder().say(...answer, askedJustNow ? '' : wayBack);
  // An offer in place of an answer is its own question: the reprompt asks it again.
  const reprompt = wayBack || answer[answer.length - 1];
  return input.responseBuilder.speak(speech.build()).reprompt(new SpeechBuilder().say(reprompt).build()).getResponse();
}

/** The way back after an answer, varied by topic so that a run of questions does not end the same way each time. */
function carryOnFor(questions: Questions, replay: Answered): string {
  if (!replay.topic) return questions.carryOn;
  const ways = [questions.carryOn, ...questions.carryOnVariants];
  const index = [...replay.topic].reduce((sum, char) => sum + char.charCodeAt(0), 0) % ways.length;
  return ways[index];
}

type Kind = 'benefits' | 'safety';
const QUESTION_INTENT: Record<Kind, IntentName> = { benefits: IntentName.Benefits, safety: IntentName.Safety };

function answerFor(questions: Questions, kind: Kind, id: string): Answer | undefined {
  if (kind === 'benefits') return isBenefitTopic(id) ? questions.benefits[id] : undefined;
  return isSafetyTopic(id) ? questions.safety[id] : undefined;
}

/**
 * A question on one kind of topic: no topic gets the overview and the list of topics, a known topic
 * its answer, anything else the honest "I don't have information on that".
 */
export function answerQuestion(input: HandlerInput, kind: Kind, topic: SlotValue): Response | Promise<Response> {
  const { questions } = turnOf(input).content;
  const intent = QUESTION_INTENT[kind];
  if (topic.kind === 'none') {
    const overview = kind === 'benefits' ? questions.benefitsOverview : questions.safetyOverview;
    return respond(input, { intent }, [...overview.sentences, questions.topicList], { health: overview.health });
  }
  // Words Alexa could not resolve (or a question in the parent's own words): the skill's own classifier.
  const understood = topic.kind === 'unmatched' ? questions.topicOf(topic.heard) : undefined;
  if (understood) return answerQuestion(input, understood.kind, { kind: 'matched', id: understood.id });
  const answer = topic.kind === 'matched' ? answerFor(questions, kind, topic.id) : undefined;
  if (!answer) {
    turnOf(input).logger.info('Question on a topic we have no answer for', { heardLength: topic.kind === 'unmatched' ? topic.heard.length : 0 });
    // The nearest topic the skill knows, offered ("yes" gives it); only where the words share some.
    const nearest = topic.kind === 'unmatched' ? questions.nearestTopic(topic.heard) : undefined;
    if (nearest) return offerNearest(input, nearest);
    return respond(input, { intent }, [questions.unknownTopic, questions.topicList]);
  }
  return respond(input, { intent, topic: (topic as { id: string }).id }, answer.sentences, { health: answer.health });
}

/** "I don't have an answer on exactly that. The nearest I have is on oils. Would you like that one?" */
function offerNearest(input: HandlerInput, nearest: QuestionTopic): Response | Promise<Response> {
  const { questions } = turnOf(input).content;
  return respond(input, { intent: QUESTION_INTENT[nearest.kind], nearest: nearest.id }, [fill(questions.nearestOffer, { topic: questions.topicNames[nearest.id] })]);
}

/** "yes" to the nearest topic offered: its answer. */
export function answerNearest(input: HandlerInput, offered: Answered): Response | Promise<Response> {
  const kind: Kind = offered.intent === IntentName.Benefits ? 'benefits' : 'safety';
  return answerQuestion(input, kind, offered.nearest ? { kind: 'matched', id: offered.nearest } : { kind: 'none' });
}

/** "where are we", "which stroke is this": the stroke, the part and the routine, without moving. */
export function answerWhere(input: HandlerInput): Response | Promise<Response> {
  const { phrases } = turnOf(input).content;
  const routine = turnOf(input).routine;
  if (!isResumable(routine)) return respond(input, { intent: IntentName.Where }, [phrases.whereNowhere]);
  return respond(input, { intent: IntentName.Where }, [fill(phrases.where, placeOf(input, routine))]);
}

/** "how much is left", "how long does this take": strokes and minutes, from the timing estimate. */
export function answerTimeLeft(input: HandlerInput): Response | Promise<Response> {
  const { phrases } = turnOf(input).content;
  const routine = turnOf(input).routine;
  if (!isResumable(routine)) return respond(input, { intent: IntentName.TimeLeft }, [phrases.howLongRoutines]);
  const left = timeLeft(input, routine);
  const line = left.strokes === 0 ? phrases.timeLeftNoStrokes : left.strokes === 1 ? phrases.timeLeftOneStroke : phrases.timeLeft;
  const minutes = left.minutes === 1 ? phrases.oneMinute : fill(phrases.minutes, { count: String(left.minutes) });
  return respond(input, { intent: IntentName.TimeLeft }, [fill(line, { strokes: String(left.strokes), minutes })]);
}

/** "which massages are there": every routine with its length, in one short breath. */
export function answerRoutines(input: HandlerInput): Response | Promise<Response> {
  const { phrases } = turnOf(input).content;
  return respond(input, { intent: IntentName.ListRoutines }, [phrases.routineList], { screen: (views) => views.routinesView(turnOf(input).content) });
}

/** "help": the commands and that questions are welcome. */
export function answerHelp(input: HandlerInput): Response | Promise<Response> {
  const { phrases, questions } = turnOf(input).content;
  // Asked while it plays: what works without the skill's name, and the audio plays on.
  if (isOurAudioPlaying(input) && turnOf(input).audio) return playAlong().answerDuringAudio(input, [phrases.audioHelp]);
  const resumable = routineUnderWay(input) !== undefined;
  // Whatever was asked stays asked; with nothing under way, help ends by offering a massage.
  const offer = turnOf(input).last.offer ?? (resumable ? undefined : 'start');
  if (offer) (turnOf(input).offer = offer);
  turnOf(input).answered = { intent: IntentName.Help };
  const startOffer = offer === 'start' ? [questions.startOffer] : [];
  const speech = listenerOf(input).newParent ? phrases.help : phrases.helpShort;
  showScreen(input, (views) => views.helpView(turnOf(input).content, resumable));
  return input.responseBuilder
    .speak(new SpeechBuilder().say(speech, ...startOffer).build())
    .reprompt(new SpeechBuilder().say(...(startOffer.length ? startOffer : [phrases.helpReprompt])).build())
    .getResponse();
}

/** Says the last answer again ("repeat" right after it). */
export function replayAnswer(input: HandlerInput, replay: Answered): Response | Promise<Response> {
  if (replay.nearest) {
    const { questions } = turnOf(input).content;
    const topic = topicNamed(replay.nearest);
    return topic ? offerNearest(input, topic) : respond(input, { intent: replay.intent }, [questions.unknownTopic, questions.topicList]);
  }
  switch (replay.intent) {
    case IntentName.Benefits:
      return answerQuestion(input, 'benefits', replay.topic ? { kind: 'matched', id: replay.topic } : { kind: 'none' });
    case IntentName.Safety:
      return answerQuestion(input, 'safety', replay.topic ? { kind: 'matched', id: replay.topic } : { kind: 'none' });
    case IntentName.Where:
      return answerWhere(input);
    case IntentName.TimeLeft:
      return answerTimeLeft(input);
    case IntentName.ListRoutines:
      return answerRoutines(input);
    default:
      return answerHelp(input);
  }
}

