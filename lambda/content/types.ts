import { BodyPart } from '../routine/types';
import { Line } from '../speech/ssml';
import { SupportedLocale } from '../intents';
import { BenefitTopic, Evidence, SafetyTopic } from '../questions/topics';

/**
 * Everything the skill says, for one locale. Handlers pick lines from here by key; nothing spoken is
 * written anywhere else. Placeholders in braces ({part}, {step}) are filled by `fill` (content/fill.ts).
 * Arrays are alternatives: one is picked so that a phrase heard every step does not grate.
 */
export interface Content {
  readonly locale: SupportedLocale;
  /** How a body part is named in speech: "the legs and feet", "the tummy". */
  readonly parts: Readonly<Record<BodyPart, string>>;
  /** Said (after an optional sound) when a step starts a new body part: "Now, the tummy." */
  readonly partIntro: string;
  /** Sound library clip that marks a new body part; empty for none. */
  readonly partSound: string;
  /** One script per step id of every routine (routine/routines.ts). */
  readonly steps: Readonly<Record<string, StepScript>>;
  readonly phrases: Phrases;
  readonly questions: Questions;
}

/** One answer to a question a parent asks aloud. */
export interface Answer {
  /** Two to four short sentences. */
  readonly sentences: readonly string[];
  /** How well supported it is: decides whether "research suggests" may be said. */
  readonly evidence: Evidence;
  /** A health answer ends with the short not-medical-advice line. */
  readonly health: boolean;
}

export interface Questions {
  readonly benefits: Readonly<Record<BenefitTopic, Answer>>;
  readonly safety: Readonly<Record<SafetyTopic, Answer>>;
  /** "What are the benefits?" with no topic: the best-supported ones, and an offer of topics. */
  readonly benefitsOverview: Answer;
  /** "Is baby massage safe?" with no topic. */
  readonly safetyOverview: Answer;
  /** A topic the skill has nothing on: honest, and the list of what it has. */
  readonly unknownTopic: string;
  readonly topicList: string;
  /** Short, at the end of every health answer. */
  readonly notMedicalAdvice: string;
  /** The way back: mid-routine, and outside one. */
  readonly carryOn: string;
  readonly startOffer: string;
}

/**
 * One step of the routine, in the order it is spoken. The fields are separate so tests can hold every
 * step to the same shape: name, how, how many times, a guided practice with pauses, a prompt to talk or
 * sing where it fits, and a cue to watch the baby.
 */
export interface StepScript {
  /** The stroke's name as heard: "Indian milking". */
  readonly name: string;
  /** Hand position, direction and pressure. */
  readonly how: readonly Line[];
  /** How many times, e.g. "Do this three times." Omitted only for the opening and closing rituals. */
  readonly times?: string;
  /** The massage-along part: short cues with guided pauses between them. */
  readonly practice: readonly Line[];
  /** A prompt to talk, sing or name the body part, where it fits. */
  readonly connect?: string;
  /** What to watch for in the baby, and what to do about it. */
  readonly watch: string;
}

export interface Phrases {
  /** New user: what we will do, about how long, "say pause any time". Then the opening starts. */
  readonly welcome: string;
  /** A returning user with nothing to resume. */
  readonly welcomeBack: string;
  /** {part}, {step}: where they stopped. Asks whether to carry on. */
  readonly resumeOffer: string;
  readonly resumeOfferReprompt: string;
  /** "no" to the resume offer, or start over. */
  readonly startFresh: string;
  /** Stored state did not fit the routine any more. */
  readonly stateReset: string;
  /** Said before a resumed or repeated step. */
  readonly resuming: readonly string[];
  readonly repeating: readonly string[];
  /** "go back" on the first step. */
  readonly alreadyAtStart: string;
  /** End of each step: how to go on. Alternatives. */
  readonly goOn: readonly string[];
  readonly stepReprompt: string;
  /** After the last step: the routine is done; the session closes. */
  readonly finished: string;
  /** "next" once the routine is already finished. */
  readonly alreadyFinished: string;
  readonly alreadyFinishedReprompt: string;
  /** {part}: where we paused. */
  readonly paused: string;
  readonly pausedReprompt: string;
  /** Pause or resume with no routine under way. */
  readonly nothingToPause: string;
  readonly nothingToResume: string;
  readonly help: string;
  readonly helpReprompt: string;
  /** {part}: said on stop when a place is kept. */
  readonly goodbyeWithPlace: string;
  readonly goodbye: string;
  readonly fallback: string;
  readonly fallbackReprompt: string;
  /** "no" to "shall we carry on?" after a question: the place is kept. */
  readonly notNow: string;
  /** A yes or no when nothing was asked. */
  readonly unexpectedAnswer: string;
  /** A request type the skill does not know. */
  readonly unknownRequest: string;
  /** Something broke; the place is kept. */
  readonly error: string;
  readonly errorReprompt: string;
}
