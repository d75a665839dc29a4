import { Content, Line, isPause, pause } from '../content/types';
import { fill, pick } from '../content/fill';
import { Preferences } from '../routine/profile';
import { outcomeAt } from '../routine/machine';
import { Routine, RoutineId, StepOutcome } from '../routine/types';
import { SpeechBuilder, Voice } from './ssml';
import { estimateTiming } from './timing';
import { wordsPerMinuteFor } from './rates';

/** Who is listening: decides how much the guide says around the practice. */
export interface Listener {
  /** A first-timer hears the full opening, the talk-and-sing prompts, and "say next" hints. */
  readonly newParent: boolean;
  readonly prefs?: Preferences;
  /**
   * Rendered as audio for play-along: no "say next" hints and no chime at the end (the next step
   * follows by itself), no sound clips (Polly cannot play Alexa's), the usual pace.
   */
  readonly playAlong?: boolean;
  /** Heard this opening in full already this session: now the short one. */
  readonly openingHeard?: boolean;
}

/** A stroke a lesson teaches is practised this much more slowly the first time. */
export const TEACHING_PAUSE_SCALE = 1.35;

/** Steps of a first routine that end with "say next"; after them, a soft sound says "your turn". */
export const HINTED_STEPS = 3;

/**
 * Says one step from its beginning, in the guide's calm voice: a soft sound, the body part and resting
 * hands when a new part begins, then the stroke's name (once), how, how many times, the guided practice
 * and any strokes it calls, a prompt to talk or sing, what to watch for, and how to go on. Brief mode
 * keeps the name, the count and the practice. `lead` is said first at the normal rate ("Once more.").
 */
export function speakStep(content: Content, outcome: StepOutcome, listener: Listener, lead: readonly string[] = []): SpeechBuilder {
  const { step, routine } = outcome;
  const script = scriptFor(content, step.script ?? step.id);
  const brief = listener.prefs?.brief === true;
  const speech = new SpeechBuilder().say(...lead);
  for (const part of outcome.skipped ?? []) speech.say(fill(content.phrases.skippingPart, { part: content.parts[part] }));

  const lines: Line[] = [];
  const announce = outcome.newPart && outcome.stepIndex > 0;
  if (announce) {
    if (content.partSound && !listener.playAlong) speech.sound(content.partSound);
    const partName = content.parts[step.part];
    // "Now, the gentle movements. Gentle movements." says one thing twice: the part name is enough.
    if (!sameWords(partName, script.name)) lines.push(fill(content.partIntro, { part: partName }));
    if (!step.settled) lines.push(...(partStartOf(content, step.part) ?? []));
  }
  lines.push(`${script.name}.`);

  const returning = (!listener.newParent || (listener.openingHeard && step.part === 'opening')) && script.returning;
  if (!brief) lines.push(...(returning ? returning.how : script.how));
  // A lesson teaching the stroke: why and how in more words, and a slower practice.
  const teaching = step.teach === true && !brief;
  if (teaching) lines.push(...(script.teach ?? []));
  const times = step.count ? content.counts[step.count] : script.times;
  if (times) lines.push(times);
  lines.push(...scaled(returning ? returning.practice : script.practice, (step.pauseScale ?? 1) * (teaching ? TEACHING_PAUSE_SCALE : 1)));
  for (const call of step.calls ?? []) {
    const called = scriptFor(content, call);
    lines.push(`${called.name}.`, pause(calledSeconds(routine, call, called.practice) * (step.callScale ?? 1)));
  }
  if (script.after) lines.push(...script.after);
  // A prompt to talk or sing once a part, for a first-timer; every step with "more detail".
  const connect = listener.prefs?.detail || (listener.newParent && outcome.newPart);
  if (!brief && connect && script.connect) lines.push(script.connect);
  if (!brief) lines.push(returning ? returning.watch : script.watch);

  const voice: Voice = { rate: listener.prefs?.rate ?? routine.voice?.rate, soft: routine.voice?.soft, pauseScale: listener.prefs?.pauseScale };
  if (outcome.last) {
    lines.push(routine.voice?.quietEnding ? content.phrases.finishedQuietly : endOf(content, outcome));
    return speech.calm(lines, voice);
  }
  if (listener.playAlong) return speech.calm(lines, voice);
  const hinted = listener.newParent && outcome.stepIndex < HINTED_STEPS;
  if (hinted) lines.push(pick(content.phrases.goOn, outcome.stepIndex));
  speech.calm(lines, voice);
  if (!hinted && content.yourTurnSound) speech.sound(content.yourTurnSound);
  return speech;
}

/**
 * What a routine's start says after the greeting: a first-timer hears what it is and how long it takes
 * (their first time's length, if the full opening is coming); a regular just its name.
 */
export function routineIntro(content: Content, routineId: RoutineId, listener: Listener): readonly string[] {
  const words = content.routines[routineId];
  if (listener.newParent) return [listener.openingHeard ? words.intro : (words.introFirstTime ?? words.intro)];
  return routineId === 'full' ? [] : [fill(content.phrases.routineStart, { routine: words.name })];
}

/**
 * What the end says, and only what is true: the whole massage only when all of the full one was done;
 * another routine by its name; a run with parts jumped over or left out, as the end of it.
 */
function endOf(content: Content, outcome: StepOutcome): string {
  const words = content.routines[outcome.routine.id];
  const routine = words.name;
  if (words.homework) return `${fill(outcome.partial ? content.phrases.finishedPartial : content.phrases.finishedLesson, { routine })} ${words.homework}`;
  if (outcome.partial) return fill(content.phrases.finishedPartial, { routine });
  return outcome.routine.id === 'full' ? content.phrases.finished : fill(content.phrases.finishedRoutine, { routine });
}

export function scriptFor(content: Content, id: string) {
  const script = content.steps[id];
  if (!script) throw new Error(`No words for step ${id} in ${content.locale}`);
  return script;
}

/**
 * How long a stroke called by name gets ("the other leg", a colic round): as long as its own practice
 * took where the routine first did it, so that the second side gets the same time as the first.
 */
function calledSeconds(routine: Routine, strokeId: string, practice: readonly Line[]): number {
  const first = routine.steps.find((s) => s.id === strokeId);
  const seconds = practice.reduce((sum, line) => sum + (isPause(line) ? line.pause : 0), 0);
  return Math.round(seconds * (first?.pauseScale ?? 1));
}

function partStartOf(content: Content, part: string): readonly Line[] | undefined {
  return (content.partStart as Readonly<Record<string, readonly Line[]>>)[part];
}

function scaled(lines: readonly Line[], factor: number): readonly Line[] {
  return factor === 1 ? lines : lines.map((line) => (isPause(line) ? pause(line.pause * factor) : line));
}

/** "the gentle movements" and "Gentle movements." say the same thing. */
export function sameWords(a: string, b: string): boolean {
  const tidy = (s: string) => s.toLowerCase().replace(LEADING_ARTICLE, '').replace(/[^\p{L} ]/gu, '').trim();
  return tidy(a) === tidy(b);
}

/** A name's leading article in any of the skill's languages ("the", "der", "la", "les", "o", "het"...; not Italian "i", which would take "I love you"'s I). */
export const LEADING_ARTICLE = /^(?:the|der|die|das|den|el|la|las|los|le|les|il|lo|gli|o|a|os|as|de|het) /iu;

/** Seconds a parent spends on each step between hearing it and saying "next": speech, pauses, a turn. */
export const TURN_SECONDS = 3;

const stepSecondsCache = new Map<string, number[]>();

/**
 * How long each step of a routine takes for this listener, from the same estimate the tests hold the
 * routines to: the step's SSML at Alexa's rate and prosody, its pauses, and a turn to say "next".
 */
export function stepSeconds(content: Content, routine: Routine, listener: Listener): readonly number[] {
  const key = `${content.locale}|${routine.id}|${listener.newParent}|${JSON.stringify(listener.prefs ?? {})}`;
  let seconds = stepSecondsCache.get(key);
  if (!seconds) {
    seconds = routine.steps.map((_, stepIndex) => estimateTiming(speakStep(content, outcomeAt(routine, stepIndex), listener).build(), wordsPerMinuteFor(content.locale)).totalSeconds + TURN_SECONDS);
    stepSecondsCache.set(key, seconds);
  }
  return seconds;
}
