/** The routine's building blocks. Pure data: no ask-sdk imports anywhere under routine/. */

/** Body parts in the IAIM order. A new part is marked with a soft sound, its name and resting hands. */
export const BODY_PARTS = ['opening', 'legs', 'tummy', 'chest', 'arms', 'face', 'back', 'movements', 'closing'] as const;
export type BodyPart = (typeof BODY_PARTS)[number];

/** The parts a parent can ask for by name ("go to the tummy", "just the legs"). */
export const MASSAGE_PARTS = ['legs', 'tummy', 'chest', 'arms', 'face', 'back', 'movements'] as const;
export type MassagePart = (typeof MASSAGE_PARTS)[number];

export const ROUTINE_IDS = [
  'full',
  'colic',
  'bedtime',
  'newborn',
  'quick',
  'just-legs',
  'just-tummy',
  'just-arms',
  'just-face',
  'just-back',
] as const;

/**
 * The five-week course (routine/lessons.ts), as IAIM classes teach it: a new body area each week,
 * building on the last, the whole massage by week five. A lesson plays as a routine, but is not one of
 * the massages a parent picks from the list.
 */
export const LESSON_IDS = ['lesson-1', 'lesson-2', 'lesson-3', 'lesson-4', 'lesson-5'] as const;
export type LessonId = (typeof LESSON_IDS)[number];

/** A massage from the list, or a lesson of the course: what a stored place names. */
export type RoutineId = (typeof ROUTINE_IDS)[number] | LessonId;

/**
 * One step of a routine. Its words live once, in content/<locale>, under the step id; a routine only
 * says which steps, in which order, and where it differs from the stroke's usual count or pace.
 */
export interface RoutineStep {
  /** The stroke or ritual, and the position stored for the parent: unique within a routine. */
  readonly id: string;
  readonly part: BodyPart;
  /**
   * Strokes that this step calls out by name only, each with its own practice time ("the other leg":
   * the same strokes again, called one after the other).
   */
  readonly calls?: readonly string[];
  /** Scales the time for the strokes this step calls ("once more, a little slower"). */
  readonly callScale?: number;
  /**
   * The words for this step, where they differ from the stroke's usual ones (content `steps` key): the
   * newborn's leg stroke keeps to the outer thigh. The position stored is still `id`.
   */
  readonly script?: string;
  /**
   * A lesson teaches this stroke: said more slowly, with the stroke's `teach` words (why it is done,
   * what the hands feel) after the usual how-to.
   */
  readonly teach?: boolean;
  /** This routine's own count, where it differs from the stroke's usual one: a key of content `counts`. */
  readonly count?: string;
  /** Scales the stroke's guided pauses in this routine (six times with each hand takes longer). */
  readonly pauseScale?: number;
  /**
   * The routine's opening already placed the baby and the parent's hands for this part (bedtime starts
   * with the baby on their tummy and hands on the back): the part's "turn your baby over, rest your
   * hands" is not said again.
   */
  readonly settled?: boolean;
}

/** How a routine is spoken, where it differs from the guide's usual voice. */
export interface RoutineVoice {
  /** Speaking rate in percent of Alexa's normal rate. */
  readonly rate?: number;
  /** Softer voice, for settling a baby to sleep. */
  readonly soft?: boolean;
  /** End without a question, so the parent can slip away (bedtime). */
  readonly quietEnding?: boolean;
}

export interface Routine {
  readonly id: RoutineId;
  readonly steps: readonly RoutineStep[];
  /** The length said aloud ("about five minutes"): the test holds the estimate to it. */
  readonly minutes: number;
  /**
   * A first-timer's first time, where the full safety check and permission ritual put it outside the
   * usual length's band: the intro (which only a first-timer hears) says both, and the test holds a
   * first-timer's estimate to this.
   */
  readonly firstMinutes?: number;
  readonly voice?: RoutineVoice;
}

export type RoutineStatus = 'in-progress' | 'paused' | 'finished';

/** Where a parent is. This, with the profile and a version, is what is stored between sessions. */
export interface RoutineState {
  readonly routineId: RoutineId;
  readonly stepId: string;
  readonly status: RoutineStatus;
  /** ISO time of the last pause. */
  readonly pausedAt?: string;
  /** Parts the parent asked to leave out of this run ("skip the face" while on the legs). */
  readonly skipParts?: readonly MassagePart[];
  /** Play-along: the routine is playing as audio; how far into the step's audio it stopped (within MAX_STEP_AUDIO_MS). */
  readonly audio?: { readonly offsetMs: number; readonly failed?: true };
  /** "go to the back" from the legs: where the parent jumped from, so that "go back" returns there. */
  readonly jumpedFrom?: string;
  /** Some of the routine was jumped over or left out this run: the end says so, not "the whole massage". */
  readonly partial?: true;
  /** When this run began, to the minute ('YYYY-MM-DDTHH:MM', UTC): its entry in the practice log. */
  readonly started?: string;
}

export type RoutineEvent =
  | { readonly type: 'start'; readonly routineId: RoutineId; readonly skipParts?: readonly MassagePart[] }
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'repeat' }
  | { readonly type: 'resume' }
  | { readonly type: 'pause'; readonly at: string }
  /** "go to the tummy": the first step of that part. */
  | { readonly type: 'go-to-part'; readonly part: MassagePart }
  /** "skip the face": the current part if it is that one (or none named), else leave it out later. */
  | { readonly type: 'skip-part'; readonly part?: MassagePart };

/** A step as the speech layer needs it: which one, where in the routine, and what it starts or ends. */
export interface StepOutcome {
  readonly kind: 'step';
  readonly routine: Routine;
  readonly step: RoutineStep;
  /** Zero-based position in the routine. */
  readonly stepIndex: number;
  /** First step of a new body part, so it can be announced. */
  readonly newPart: boolean;
  /** This is the routine's last step: it ends the routine. */
  readonly last: boolean;
  /** "go back" on the first step: we stay there and say so. */
  readonly alreadyAtStart?: boolean;
  /** Parts skipped on the way here, to be said ("skipping the face"). */
  readonly skipped?: readonly BodyPart[];
  /** Some of the routine was jumped over or left out on the way here (said at the end). */
  readonly partial?: boolean;
}

/**
 * What happened, for the speech layer to put into words. A `step` outcome always means "say this
 * step from its beginning".
 */
export type Outcome =
  | StepOutcome
  | { readonly kind: 'paused'; readonly step: RoutineStep }
  | { readonly kind: 'finished' }
  | { readonly kind: 'no-routine' }
  /** "go to the chest" in a routine with no chest: nothing moves. */
  | { readonly kind: 'part-not-in-routine'; readonly part: MassagePart; readonly step: RoutineStep }
  /** "skip the face" said while on the legs: it will be left out when we get there. */
  | { readonly kind: 'part-skipped-later'; readonly part: MassagePart; readonly step: RoutineStep };

export interface Transition {
  readonly state: RoutineState | undefined;
  readonly outcome: Outcome;
}

/**
 * The longest any step's audio runs (a test holds every step's estimate well under it): an offset past
 * it is not a place in a step, on the way in or read back.
 */
export const MAX_STEP_AUDIO_MS = 30 * 60 * 1000;
