import { Content, isPause } from '../content/types';
import { fill } from '../content/fill';
import { positionOf } from '../routine/machine';
import { ROUTINE_IDS, RoutineId, RoutineState } from '../routine/types';
import { saidMinutes } from '../content/lengths';

/** What a screen shows: the one datasource of the one document (lambda/screens/document.json). */
export interface ScreenView {
  readonly screen: 'step' | 'paused' | 'finished' | 'answer' | 'help' | 'playing' | 'question' | 'routines' | 'week';
  /** The routine, and the body part on a step. */
  readonly title: string;
  readonly heading: string;
  /** The stroke's count ("About three times."). */
  readonly count: string;
  /** The one-line how, an answer's text, or help's lines. */
  readonly body: string;
  /** The picture's name in the document's graphics (a body part), or '' for none. */
  readonly picture: string;
  readonly progress: number;
  readonly progressText: string;
  /** Large touch buttons; `action` comes back as the UserEvent's argument. */
  readonly buttons: readonly Button[];
  /** The practice log's week (the week screen only): a circle a day, filled with the day's count. */
  readonly days: readonly WeekDay[];
}

/** One day of the week screen: its short name and how many massages it had. */
export interface WeekDay {
  readonly label: string;
  readonly count: number;
}

export interface Button {
  readonly label: string;
  readonly action: TouchAction;
  /** A second, smaller line ("7 min"), or none. */
  readonly detail?: string;
}

/** What a button does: the spoken words it stands for (handlers/touch.ts). `routine:colic` is "start the colic massage". */
export type TouchAction = 'back' | 'repeat' | 'pause' | 'resume' | 'next' | 'start-over' | 'yes' | 'no' | `routine:${RoutineId}`;

/** A step of a routine, playing or paused, spoken or as audio. */
export function stepView(content: Content, routine: RoutineState, minutesLeft: number, screen: 'step' | 'paused' | 'playing' = 'step'): ScreenView {
  const { routine: steps, index, step } = positionOf(routine);
  const script = content.steps[step.script ?? step.id];
  const { screen: words } = content;
  const how = script.how.find((line): line is string => !isPause(line)) ?? '';
  const stroke = step.count ? content.counts[step.count] : script.times;
  const paused = screen === 'paused';
  return {
    screen,
    title: `${capitalise(content.routines[routine.routineId].name)} · ${capitalise(content.parts[step.part])}`,
    heading: paused ? `${words.paused}: ${script.name}` : script.name,
    count: stroke ?? '',
    body: how,
    picture: step.part,
    progress: (index + 1) / steps.steps.length,
    progressText: fill(screen === 'playing' ? words.playingProgress : words.progress, { n: String(index + 1), total: String(steps.steps.length), minutes: String(minutesLeft) }),
    buttons: [
      { label: words.back, action: 'back' },
      { label: words.repeat, action: 'repeat' },
      paused ? { label: words.resume, action: 'resume' } : { label: words.pause, action: 'pause' },
      { label: words.next, action: 'next' },
    ],
    days: [],
  };
}

/**
 * A yes-or-no question the skill has just asked aloud about a place in a routine ("shall we carry on
 * from Indian milking?"): the question to read, the picture of that part, and its answers as buttons.
 */
export function questionView(content: Content, routine: RoutineState, question: string, buttons: readonly Button[]): ScreenView {
  const { routine: steps, index, step } = positionOf(routine);
  return {
    screen: 'question',
    title: `${capitalise(content.routines[routine.routineId].name)} · ${capitalise(content.parts[step.part])}`,
    heading: content.steps[step.script ?? step.id].name,
    count: '',
    body: question,
    picture: step.part,
    progress: (index + 1) / steps.steps.length,
    progressText: '',
    buttons,
    days: [],
  };
}

/** "Which massages are there?": every routine as a button with its length, to start by touch. */
export function routinesView(content: Content): ScreenView {
  const { screen: words } = content;
  return {
    screen: 'routines',
    title: content.screen.answer,
    heading: words.routinesHeading,
    count: '',
    body: words.routinesHint,
    picture: '',
    progress: 0,
    progressText: '',
    buttons: ROUTINE_IDS.map((id) => ({
      label: content.routines[id].label,
      action: `routine:${id}` as const,
      detail: fill(words.routineMinutes, { minutes: String(saidMinutes(content, id).minutes) }),
    })),
    days: [],
  };
}

/** A routine just finished. */
export function finishedView(content: Content, routine: RoutineState): ScreenView {
  return {
    screen: 'finished',
    title: capitalise(content.routines[routine.routineId].name),
    heading: content.screen.finished,
    count: '',
    body: content.phrases.finished,
    picture: 'closing',
    progress: 1,
    progressText: '',
    buttons: [{ label: content.screen.startOver, action: 'start-over' }],
    days: [],
  };
}

/** An answer to a question, to read as well as hear, with the way back. */
export function answerView(content: Content, text: string, midRoutine: boolean): ScreenView {
  return {
    screen: 'answer',
    title: content.screen.answer,
    heading: content.screen.answerHeading,
    count: '',
    body: text,
    picture: '',
    progress: 0,
    progressText: '',
    buttons: midRoutine ? [{ label: content.screen.resume, action: 'resume' }, { label: content.screen.next, action: 'next' }] : [{ label: content.screen.start, action: 'start-over' }],
    days: [],
  };
}

/**
 * The practice log's week as a picture: a circle a day, oldest first, filled with the day's count, an
 * empty one for a day without (never a streak to keep), and the spoken answer under the heading.
 */
export function weekView(content: Content, days: readonly WeekDay[], summary: string, midRoutine: boolean): ScreenView {
  return { ...answerView(content, summary, midRoutine), screen: 'week', heading: content.companion.weekHeading, days };
}

/** What you can say. */
export function helpView(content: Content, midRoutine: boolean): ScreenView {
  return { ...answerView(content, content.screen.helpLines.join('\n'), midRoutine), screen: 'help', title: content.screen.help, heading: content.screen.helpHeading };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
