import { PaceChange } from '../routine/pace';
import { BodyPart, MassagePart, RoutineId } from '../routine/types';
import { PackLanguage, PackLocale, SkillLocale } from './locales';
import { BenefitTopic, Evidence, SafetyTopic } from './topics';
import type { QuestionTopic, StatementKind, Understood, UnderstandingOrder } from './understand';

/** A line of content: words to say, or a guided pause in seconds while the parent massages. */
export type Line = string | Pause;
export interface Pause {
  readonly pause: number;
}

export const pause = (seconds: number): Pause => ({ pause: seconds });
export const isPause = (line: Line): line is Pause => typeof line !== 'string';

/**
 * Everything the skill says, for one locale. Handlers pick lines from here by key; nothing spoken is
 * written anywhere else. Placeholders in braces ({part}, {step}) are filled by `fill` (content/fill.ts).
 * Arrays are alternatives: one is picked so that a phrase heard every step does not grate.
 */
export interface Content {
  readonly locale: SkillLocale;
  /** How a body part is named in speech: "the legs and feet", "the tummy". */
  readonly parts: Readonly<Record<BodyPart, string>>;
  /** Said (after an optional sound) when a step starts a new body part: "Now, the tummy." */
  readonly partIntro: string;
  /** Resting hands (and anything else a part needs first) at the start of each massaged part. */
  readonly partStart: Readonly<Record<MassagePart, readonly Line[]>>;
  /** Sound library clip that marks a new body part; empty for none. */
  readonly partSound: string;
  /** A soft clip at the end of a step, instead of "say next", once the parent knows the way. */
  readonly yourTurnSound: string;
  /** One script per step id of every routine (routine/routines.ts). */
  readonly steps: Readonly<Record<string, StepScript>>;
  /** A routine's own counts where they differ from a stroke's usual one (RoutineStep.count). */
  readonly counts: Readonly<Record<string, string>>;
  readonly routines: Readonly<Record<RoutineId, RoutineWords>>;
  /** Words on an Echo Show's screen. */
  readonly screen: ScreenWords;
  readonly phrases: Phrases;
  readonly questions: Questions;
  /** The course, the baby's age, the practice log, reminders and deleting one's data: loaded on first use. */
  readonly companion: CompanionWords;
}

/**
 * What the companion says (lambda/companion): placeholders in braces. Every line is a complete thing
 * to hear; numbers are said as digits (Alexa reads "7 weeks" well).
 */
export interface CompanionWords {
  /** {done}: lessons finished so far ("lessons one and two"), before this week's lesson. */
  readonly courseProgress: string;
  /** {lesson}, {when}: a lesson finished under a week ago: practise it again this week. */
  readonly coursePractise: string;
  /** When something was: earlier today, yesterday, {count} days ago. */
  readonly daysAgo: readonly [string, string, string];
  /** "last week's lesson" with none finished yet: the first. */
  readonly courseNoneYet: string;
  /** All five finished: the whole massage, and how to do a lesson again. */
  readonly courseFinished: string;
  /** "next lesson" after the fifth. */
  readonly courseNoNext: string;
  /** {routine}: carrying on with a lesson under way. */
  readonly courseCarryOn: string;
  /** The lesson numbers as words, 1 to 5, and "and" between the last two of a list. */
  readonly numbers: readonly string[];
  readonly and: string;
  /** {list}: one lesson ("lesson one"), and more ("lessons one and two"). */
  readonly lessonsDone: readonly [string, string];
  /** A time of day as said in the confirmation of a reminder ("7 PM", "7:30 PM"). */
  spokenTime(hour: number, minute: number): string;

  /** {age}: what the parent said, as heard back ("7 weeks"). */
  readonly ageHeard: string;
  /** What suits each age: under about four weeks, four to six weeks, to about seven months, a baby on the move, past two years. */
  readonly ageNewborn: string;
  readonly ageNewbornOil: string;
  readonly ageBaby: string;
  readonly ageMobile: string;
  readonly ageToddler: string;
  /** {month}: may the skill keep the month and year of birth? */
  readonly ageAsk: string;
  readonly ageAskReprompt: string;
  readonly ageKept: string;
  readonly ageNotKept: string;
  readonly ageAlready: string;
  /** The age was not caught: how to say it. */
  readonly ageUnclear: string;
  /** {month}, {age}: "how old is my baby". */
  readonly howOld: string;
  readonly howOldUnknown: string;
  readonly ageForgotten: string;
  readonly ageNothingToForget: string;
  /** Units as said back: singular and plural. */
  readonly units: Readonly<Record<'day' | 'week' | 'month' | 'year', readonly [string, string]>>;
  /** Month names, January first, for "born in October 2026". */
  readonly months: readonly string[];
  /** {month}, {year}: a month of a year as the language says it ("October 2026", "outubro de 2026"). */
  readonly monthYear: string;

  /** {count}, {minutes}: the past seven days. */
  readonly logWeek: string;
  readonly logWeekNone: string;
  /** {day} ("Today", "Yesterday"), {list}: a day's massages. */
  readonly logDay: string;
  readonly logDayNone: string;
  /** {when}, {routine}, {minutes}, {far}: the last massage. */
  readonly logLast: string;
  /** {count}: this month, and so far. */
  readonly logMonth: string;
  readonly logAll: string;
  readonly logEmpty: string;
  /** How far a massage went: to the end, most of it, about half, a little. */
  readonly far: readonly [string, string, string, string];
  /** {count}: "1 massage", "3 massages"; {minutes}: "about 28 minutes". */
  readonly massages: readonly [string, string];
  readonly minutesAbout: readonly [string, string];
  readonly today: string;
  readonly yesterday: string;
  /** {day}: "on Monday". */
  readonly onDay: string;
  readonly weekdays: readonly string[];
  /** The screen's heading over the week's picture. */
  readonly weekHeading: string;

  readonly reminderAskTime: string;
  readonly reminderAskTimeReprompt: string;
  /** {time}: "every day at 7 PM". */
  readonly reminderSet: string;
  readonly reminderDenied: string;
  readonly reminderNotAnswered: string;
  readonly reminderNoPermission: string;
  readonly reminderUnsupported: string;
  readonly reminderTooMany: string;
  readonly reminderFailed: string;
  readonly reminderNone: string;
  /** {time} */
  readonly reminderIs: string;
  readonly reminderCancelled: string;
  /** What Alexa says when the reminder goes off. */
  readonly reminderMessage: string;
  /** "no" to "what time?": nothing set. */
  readonly reminderNotSet: string;

  /** {list}: what the skill keeps, and may it delete it all? */
  readonly forgetAsk: string;
  /** What is kept for every parent, and the birth month when it was kept. */
  readonly forgetItems: readonly string[];
  readonly forgetAge: string;
  readonly forgetAskReprompt: string;
  readonly forgotten: string;
  readonly forgetFailed: string;
  readonly forgetKept: string;
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
  /**
   * The topic of a question in the parent's own words, by the words parents use for each topic
   * (content/understand.ts); here, so that the classifier loads with the answers, not on a cold start.
   */
  topicOf(words: string): QuestionTopic | undefined;
  /** What a statement about the baby in the parent's own words means, the same way. */
  statementOf(words: string): StatementKind | undefined;
  /** What words Alexa could not place mean: a command inside them, a statement, or a question (content/understand.ts). */
  understand(words: string, order: UnderstandingOrder): Understood | undefined;
  /** The routine asked for by its purpose inside words Alexa could not resolve as one ("my baby has colic, which massage"); never a question's. */
  routineOf(words: string): RoutineId | undefined;
  /** The body part named inside words Alexa could not resolve as one ("her face, she hates it"). */
  partOf(words: string): MassagePart | undefined;
  /** The known topic nearest to words no topic's cues placed, to offer instead (content/understand.ts). */
  nearestTopic(words: string): QuestionTopic | undefined;
  /** What each topic is called in a sentence: "The nearest I have is on {topic}." */
  readonly topicNames: Readonly<Record<BenefitTopic | SafetyTopic, string>>;
  /** {topic}: a question with no answer of its own, and the nearest one offered ("yes" gives it). */
  readonly nearestOffer: string;
  /** A topic the skill has nothing on: honest, and the list of what it has. */
  readonly unknownTopic: string;
  readonly topicList: string;
  /** Short, at the end of every health answer. */
  readonly notMedicalAdvice: string;
  /** The way back: mid-routine, and outside one. */
  readonly carryOn: string;
  /** Other ways to say it after an answer on a topic (guide/answers.ts picks by topic). */
  readonly carryOnVariants: readonly string[];
  readonly startOffer: string;
  /** {routine}: outside a routine, after an answer that points at one ("does it help colic?"). */
  readonly routineOffer: string;
}

/** What a screen says besides the stroke: buttons, headings, progress ({n}, {total}, {minutes}). */
export interface ScreenWords {
  readonly back: string;
  readonly repeat: string;
  readonly pause: string;
  readonly resume: string;
  readonly next: string;
  readonly start: string;
  readonly startOver: string;
  /** The answers to the skill's yes-or-no questions, as buttons. */
  readonly carryOn: string;
  readonly startFresh: string;
  readonly startAgain: string;
  /** The list of massages: its heading, a line under it, and each button's length ({minutes}). */
  readonly routinesHeading: string;
  readonly routinesHint: string;
  readonly routineMinutes: string;
  readonly progress: string;
  /** {n}, {total}: progress while the routine plays as audio. */
  readonly playingProgress: string;
  readonly paused: string;
  readonly finished: string;
  readonly answer: string;
  readonly answerHeading: string;
  readonly help: string;
  readonly helpHeading: string;
  readonly helpLines: readonly string[];
  readonly playing: string;
}

/** How a routine is named and offered. */
export interface RoutineWords {
  /** "the colic massage": said in "Let's do {name}." */
  readonly name: string;
  /** "Colic": on its button in the list of massages. */
  readonly label: string;
  /** Said once, to a first-timer, when the routine starts after the welcome: what it is and how long it takes. */
  readonly intro: string;
  /**
   * The intro when the full safety check and permission ritual are coming and put a first-timer's first
   * time past the usual length (the routine's `firstMinutes`): it says both lengths.
   */
  readonly introFirstTime?: string;
  /** A lesson's last words: what to practise at home this week, and what comes next. */
  readonly homework?: string;
  /**
   * The length this locale's intro says, where its speaking rate makes the routine shorter or longer
   * than the routine's own (routine/routines.ts, English's): French is spoken faster, German slower.
   * The tests hold it to the estimate as they hold English's. @default the routine's minutes
   */
  readonly minutes?: number;
  /** Likewise a first-timer's first time (the routine's `firstMinutes`), where the intro says it. */
  readonly firstMinutes?: number;
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
  /**
   * What a lesson adds the first time it teaches this stroke (RoutineStep.teach): why it is done, and
   * what the hands should feel. Every stroke a lesson teaches has them.
   */
  readonly teach?: readonly Line[];
  /** Said after the strokes a step calls out (routine data says which). */
  readonly after?: readonly Line[];
  /** Shorter words for a parent who has done this before (the openings). */
  readonly returning?: { readonly how: readonly Line[]; readonly practice: readonly Line[]; readonly watch: string };
}

export interface Phrases {
  /** New parent: what we will do, about how long, "say pause any time". Then the opening starts. */
  readonly welcome: string;
  /** A returning parent with nothing to resume. */
  readonly welcomeBack: string;
  /** {routine}: a returning parent starting a routine by name (a first-timer hears its intro). */
  readonly routineStart: string;
  /** The first few visits: that shorter routines exist. */
  readonly shorterRoutines: string;
  /** {place} (stepOnPart, or placeInRoutine outside the full routine): where they paused. Asks whether to carry on. */
  readonly resumeOffer: string;
  /** {place}: the session closed in the middle of a stroke. Offers "carry on" or "next". */
  readonly resumeOfferMidStroke: string;
  readonly resumeOfferReprompt: string;
  /** {routine}: chosen last time but left during its opening; "yes" starts it, "no" the full one. */
  readonly chosenOffer: string;
  readonly chosenOfferReprompt: string;
  /**
   * {step}, {part}: a stroke and where it is ("Water wheel, on the tummy"). A stroke that names its part
   * ("Gentle movements") or opens the routine is said alone.
   */
  readonly stepOnPart: string;
  /** {place}, {routine}: a place in a routine other than the full one. */
  readonly placeInRoutine: string;
  /** "no" to the resume offer, or start over. */
  readonly startFresh: string;
  /** Stored state did not fit the routine any more. */
  readonly stateReset: string;
  /** Said before a resumed step. */
  readonly resuming: string;
  /** "start a massage" in the middle of one. */
  readonly carryingOn: string;
  /** "no" to "start again from the very beginning?". */
  readonly keepPlace: string;
  /** Said before a repeated step; alternatives. */
  readonly repeating: readonly string[];
  /** "go back" on the first step. */
  readonly alreadyAtStart: string;
  /** End of the first steps for a new parent: how to go on. Alternatives. */
  readonly goOn: readonly string[];
  readonly stepReprompt: string;
  /** After the last step: the routine is done; the session closes. */
  readonly finished: string;
  /** {routine}: the end of a routine other than the full one ("That's the face massage done"). */
  readonly finishedRoutine: string;
  /** {ordinal}: a gentle count at launch ("This is your third massage this week."), never a streak. */
  readonly welcomeCount: string;
  /** Ordinal words from "second" on, for welcomeCount. */
  readonly ordinals: readonly string[];
  /** The age the parent let the skill keep decides the routine at launch: under six weeks, the newborn one. */
  readonly welcomeNewborn: string;
  /** A baby old enough to be on the move: the shorter massages. */
  readonly welcomeMobile: string;
  /** {routine}: the end of a lesson of the course, before its homework. */
  readonly finishedLesson: string;
  /** {routine}: the end of a run with parts jumped over or left out: never "the whole massage". */
  readonly finishedPartial: string;
  /** The bedtime ending: no question, so the parent can slip away. */
  readonly finishedQuietly: string;
  /** "next" once the routine is already finished. */
  readonly alreadyFinished: string;
  readonly alreadyFinishedReprompt: string;
  /** {part}: where we paused. */
  readonly paused: string;
  /** Promises the place is remembered: said only when it was saved. */
  readonly pausedReprompt: string;
  readonly pausedRepromptNotSaved: string;
  /** The store did not take the place: said instead of promising it. */
  readonly placeNotSaved: string;
  /** Pause or resume with no routine under way. */
  readonly nothingToPause: string;
  readonly nothingToResume: string;
  /** Help for a new parent, and the short form once they know the way. */
  readonly help: string;
  readonly helpShort: string;
  readonly helpReprompt: string;
  /** {part}: said on stop when a place is kept. */
  readonly goodbyeWithPlace: string;
  /** {part}: stop when the place could not be saved. */
  readonly goodbyePlaceNotSaved: string;
  readonly goodbye: string;
  readonly fallback: string;
  readonly fallbackReprompt: string;
  /** Words the skill could not place, by where the parent is: paused, with no massage under way, asked yes or no (as after an answer). */
  readonly fallbackPaused: string;
  readonly fallbackNoRoutine: string;
  readonly fallbackQuestion: string;
  /** "She's rolled over", "he won't keep still": go with it. */
  readonly moving: string;
  /** Something said about the baby that the skill could not place: what works from here. */
  readonly statementUnplaced: string;
  /** "no" to "shall we carry on?" after a question: the place is kept. */
  readonly notNow: string;
  /** A yes or no when nothing was asked. */
  readonly unexpectedAnswer: string;
  /** A request type the skill does not know. */
  readonly unknownRequest: string;
  /** Something broke; the place is kept. */
  readonly error: string;
  readonly errorReprompt: string;
  /** {part}: said before the next step when a part is left out. */
  readonly skippingPart: string;
  /** {part}: "go to the chest" in a routine without one; the place is kept. */
  readonly partNotInRoutine: string;
  /** {part}: "skip the face" while on an earlier part. */
  readonly partSkippedLater: string;
  /** A body part we did not catch. */
  readonly whichPart: string;
  readonly whichPartReprompt: string;
  /** Before carrying on after a break of an hour or more: the one-line safety check. */
  readonly checkAfterBreak: string;
  /** {part}: during play-along, a part the routine does not have; the audio plays on. */
  readonly audioPartNotInRoutine: string;
  /** {part}: during play-along, "skip the face" before it comes (the audio plays every step it has). */
  readonly audioSkipLater: string;
  /** "help" during play-along: what works without the skill's name. */
  readonly audioHelp: string;
  /** During play-along, after a statement that stopped the audio. */
  readonly audioResumeHint: string;
  /** During play-along, after a pace change (the audio is rendered once, at the usual pace). */
  readonly audioPace: string;
  /** {part}: "let's do the chest" with no massage under way, for a part with no routine of its own. */
  readonly partInFull: string;
  /** {part}: "skip the face" with no massage under way: the full massage without it. */
  readonly fullWithout: string;
  /** {place}, {routine}: "where are we". */
  readonly where: string;
  readonly whereNowhere: string;
  /** {minutes}, {strokes}: "how much is left". */
  readonly timeLeft: string;
  readonly timeLeftOneStroke: string;
  readonly timeLeftNoStrokes: string;
  readonly oneMinute: string;
  /** {count} */
  readonly minutes: string;
  /** "how long does it take" with no routine under way. */
  readonly howLongRoutines: string;
  /** Every routine with its length, in one short breath. */
  readonly routineList: string;
  readonly unknownRoutine: string;
  /** "just the chest": no routine for that part alone. */
  readonly noSinglePartRoutine: string;
  /** {place}: "start over" deep in a routine. */
  readonly restartCheck: string;
  readonly restartCheckReprompt: string;
  /** {part}: "she fell asleep": end gently, place kept. */
  readonly asleep: string;
  readonly asleepNotSaved: string;
  readonly asleepNothingKept: string;
  /** "the baby's crying": paused, with comfort advice. */
  readonly upset: string;
  readonly upsetReprompt: string;
  /** {part}: "she's hungry", "I need to change his nappy": paused. */
  readonly needs: string;
  readonly needsReprompt: string;
  /** "my baby has a fever", "had jabs today": not today, and who to ask. */
  readonly unwell: string;
  /** "She has a fever": no massage, and for a baby under three months a call to the doctor today. */
  readonly fever: string;
  /** "He looks yellow": ask the midwife or doctor first. */
  readonly jaundice: string;
  /** "She's got hiccups", "he keeps sneezing": one line, not the whole list of signs. */
  readonly hiccups: string;
  /** {part}: "she's hungry": paused for the feed, with how long to wait after it. */
  readonly feeding: string;
  readonly unwellPlaceKept: string;
  /** "she doesn't like it": the cues, permission to stop, and "shall we carry on?". */
  readonly dislikes: string;
  readonly dislikesAsk: string;
  /** "she's smiling", "he loves it": the baby's yes, said back warmly. */
  readonly happy: string;
  /** "she's getting sleepy": in the bedtime wind-down (the idea), and in any other massage (enough for now). */
  readonly sleepyAtBedtime: string;
  readonly sleepy: string;
  /** "thank you": mid-massage (the way on follows), and with nothing under way (the session ends). */
  readonly thanks: string;
  readonly thanksGoodbye: string;
  /** Said when a pace preference is changed. */
  readonly pace: Readonly<Record<PaceChange, string>>;
  readonly paceAtLimit: string;
  /** A pace we did not catch. */
  readonly whichPace: string;
  /** {routine}: play-along begins at the routine's start. */
  readonly audioStarting: string;
  /** {routine}, {step}: play-along carries on from a step of the spoken guide. */
  readonly audioStartingAt: string;
  /** "play the massage" during a lesson: lessons are taught by voice. */
  readonly audioLesson: string;
  /** Play-along asked for on a device that cannot play it, or where it is not deployed. */
  readonly audioNotSupported: string;
  readonly audioNotSetUp: string;
  /** {part}: "Alexa, stop" while it plays. */
  readonly audioStopped: string;
  /** Loop, shuffle and repeat during play-along: what they do here. */
  readonly audioLoop: string;
  readonly audioShuffle: string;
  readonly audioRepeat: string;
  /** {place}: the audio failed last time; carry on by voice? */
  readonly audioFailedOffer: string;
  /** After an answer during play-along, before the audio carries on. */
  readonly audioCarryOn: string;
  /** Loop or shuffle asked of the spoken guide. */
  readonly noLoopOrShuffle: string;
}

/**
 * A language's words, as a lazily loaded chunk (content/<language>/index.ts): what the skill says in
 * each of the language's locales.
 */
export interface LanguagePack<L extends PackLanguage = PackLanguage> {
  content(locale: PackLocale<L>): Content;
}
