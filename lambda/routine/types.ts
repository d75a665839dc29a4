/** The routine's building blocks. Pure data: no ask-sdk imports anywhere under routine/. */

/** Body parts in the IAIM order. A new part may be marked with a soft sound and a short announcement. */
export type BodyPart =
  | 'opening'
  | 'legs'
  | 'tummy'
  | 'chest'
  | 'arms'
  | 'face'
  | 'back'
  | 'movements'
  | 'closing';

/** A step as the routine knows it: an id (its words live in content/<locale>) and the part it works on. */
export interface StepRef {
  readonly id: string;
  readonly part: BodyPart;
}

export type RoutineId = 'full';

export interface Routine {
  readonly id: RoutineId;
  readonly steps: readonly StepRef[];
}

export type RoutineStatus = 'in-progress' | 'paused' | 'finished';

/** Where a parent is. This, with a version, is everything that is stored between sessions. */
export interface RoutineState {
  readonly routineId: RoutineId;
  readonly stepIndex: number;
  readonly status: RoutineStatus;
  /** ISO time of the last pause, so a relaunch can say how long ago it was if it wants to. */
  readonly pausedAt?: string;
}

export type RoutineEvent =
  | { readonly type: 'start'; readonly routineId: RoutineId }
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'repeat' }
  | { readonly type: 'resume' }
  | { readonly type: 'pause'; readonly at: string };

/**
 * What happened, for the speech layer to put into words. A `step` outcome always means "say this
 * step from its beginning".
 */
export type Outcome =
  | {
      readonly kind: 'step';
      readonly step: StepRef;
      readonly stepIndex: number;
      /** First step of a new body part, so it can be announced. */
      readonly newPart: boolean;
      /** This is the routine's last step: it ends the routine. */
      readonly last: boolean;
      /** "go back" on the first step: we stay there and say so. */
      readonly alreadyAtStart?: boolean;
    }
  | { readonly kind: 'paused'; readonly step: StepRef; readonly stepIndex: number }
  | { readonly kind: 'finished' }
  | { readonly kind: 'no-routine' };

export interface Transition {
  readonly state: RoutineState | undefined;
  readonly outcome: Outcome;
}
