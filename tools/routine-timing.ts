import { Content } from '../lambda/content/types';
import { transition } from '../lambda/routine/machine';
import { ROUTINES } from '../lambda/routine/routines';
import { RoutineId, RoutineState } from '../lambda/routine/types';
import { Listener, TURN_SECONDS, routineIntro, speakStep } from '../lambda/speech/step';
import { estimateTiming } from '../lambda/speech/timing';
import { wordsPerMinuteFor } from '../lambda/speech/rates';

/** One response of a walk through a routine: which step, and its SSML. */
export interface WalkedStep {
  readonly id: string;
  readonly ssml: string;
}

/**
 * Every step of a routine as the parent hears it on a walk from its start to its end with "next",
 * the first one with the greeting and the routine's introduction a launch puts before it.
 */
export function walkRoutine(content: Content, routineId: RoutineId, listener: Listener): WalkedStep[] {
  const { phrases } = content;
  const steps: WalkedStep[] = [];
  let state: RoutineState | undefined;
  for (let i = 0; i < ROUTINES[routineId].steps.length; i++) {
    const result = i === 0 ? transition(undefined, { type: 'start', routineId }) : transition(state, { type: 'next' });
    if (result.outcome.kind !== 'step') throw new Error(`The walk through ${routineId} left the routine at step ${i}`);
    state = result.state;
    const lead = i > 0 ? [] : [listener.newParent ? phrases.welcome : phrases.welcomeBack, ...routineIntro(content, routineId, listener)];
    steps.push({ id: result.outcome.step.id, ssml: speakStep(content, result.outcome, listener, lead).build() });
  }
  return steps;
}

/** The parent's time in a routine, from its SSML at Alexa's rate and prosody. */
export interface RoutineTiming {
  /** Start to end, with a turn for each "next". */
  readonly minutes: number;
  /** Guided practice (breaks) against speech: the share of the time the parent massages in quiet. */
  readonly handsOnShare: number;
  readonly speakingSeconds: number;
  readonly practiceSeconds: number;
  /** From the start of the launch response to the first stroke: the opening, and a turn. */
  readonly secondsToFirstStroke: number;
}

export function routineTiming(content: Content, routineId: RoutineId, listener: Listener): RoutineTiming {
  const timings = walkRoutine(content, routineId, listener).map((step) => estimateTiming(step.ssml, wordsPerMinuteFor(content.locale)));
  const speakingSeconds = timings.reduce((sum, t) => sum + t.speakingSeconds, 0);
  const practiceSeconds = timings.reduce((sum, t) => sum + t.pauseSeconds, 0);
  return {
    minutes: timings.reduce((sum, t) => sum + t.totalSeconds + TURN_SECONDS, 0) / 60,
    handsOnShare: practiceSeconds / (speakingSeconds + practiceSeconds),
    speakingSeconds,
    practiceSeconds,
    secondsToFirstStroke: timings[0].totalSeconds,
  };
}
