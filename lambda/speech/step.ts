import { Content } from '../content/types';
import { fill, pick } from '../content/fill';
import { Outcome } from '../routine/types';
import { Line, SpeechBuilder } from './ssml';

type StepOutcome = Extract<Outcome, { kind: 'step' }>;

/**
 * Says one step from its beginning, in the guide's calm voice: a soft sound and the body part when a
 * new part begins, then the stroke's name, how, how many times, the guided practice, a prompt to talk
 * or sing, what to watch for, and how to go on. `lead` is said first at the normal rate ("Once more.").
 */
export function speakStep(content: Content, outcome: StepOutcome, lead: readonly string[] = []): SpeechBuilder {
  const script = content.steps[outcome.step.id];
  if (!script) throw new Error(`No words for step ${outcome.step.id} in ${content.locale}`);
  const speech = new SpeechBuilder().say(...lead);
  if (outcome.newPart && outcome.stepIndex > 0 && content.partSound) speech.sound(content.partSound);
  const lines: Line[] = [];
  if (outcome.newPart && outcome.stepIndex > 0) lines.push(fill(content.partIntro, { part: content.parts[outcome.step.part] }));
  lines.push(`${script.name}.`, ...script.how);
  if (script.times) lines.push(script.times);
  lines.push(...script.practice);
  if (script.connect) lines.push(script.connect);
  lines.push(script.watch);
  lines.push(outcome.last ? content.phrases.finished : pick(content.phrases.goOn, outcome.stepIndex));
  return speech.calm(lines);
}
