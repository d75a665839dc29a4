import { check } from 'ssml-check-core';
import { contentFor } from '../lambda/content';
import { Content } from '../lambda/content/types';
import { SUPPORTED_LOCALES } from '../lambda/intents';
import { transition } from '../lambda/routine/machine';
import { FULL_ROUTINE } from '../lambda/routine/routines';
import { RoutineState } from '../lambda/routine/types';
import { isPause, Line, MAX_SSML_CHARACTERS } from '../lambda/speech/ssml';
import { speakStep } from '../lambda/speech/step';
import { estimateTiming } from '../lambda/speech/timing';

const textOf = (lines: readonly Line[]) => lines.filter((l): l is string => !isPause(l)).join(' ');
const pausesIn = (lines: readonly Line[]) => lines.filter(isPause).length;

/** Every step of the full routine as the parent hears it on a walk from launch to the end. */
function walk(content: Content) {
  const responses: { id: string; ssml: string }[] = [];
  let state: RoutineState | undefined;
  for (let i = 0; i < FULL_ROUTINE.steps.length; i++) {
    const result = i === 0 ? transition(undefined, { type: 'start', routineId: 'full' }) : transition(state, { type: 'next' });
    if (result.outcome.kind !== 'step') throw new Error('walk left the routine');
    state = result.state;
    const lead = i === 0 ? [content.phrases.welcome] : [];
    responses.push({ id: result.outcome.step.id, ssml: speakStep(content, result.outcome, lead).build() });
  }
  return responses;
}

describe.each(SUPPORTED_LOCALES)('content for %s', (locale) => {
  const content = contentFor(locale);

  it('has a complete script for every step of the routine, and nothing else', () => {
    expect(Object.keys(content.steps).sort()).toEqual(FULL_ROUTINE.steps.map((s) => s.id).sort());
  });

  it.each(FULL_ROUTINE.steps.map((s) => [s.id, s.part] as const))('step %s has every element a parent needs', (id, part) => {
    const script = content.steps[id];
    expect(script.name.length).toBeGreaterThan(3);
    expect(textOf(script.how).split(' ').length).toBeGreaterThanOrEqual(8);
    expect(pausesIn(script.practice)).toBeGreaterThanOrEqual(2);
    expect(script.watch.length).toBeGreaterThan(10);
    expect(script.connect).toBeTruthy();
    if (part !== 'opening' && part !== 'closing') {
      expect(script.times).toMatch(/\b(once|twice|three|six|each|few)\b/i);
    }
  });

  it('says tummy directions as the baby sees them: clockwise, baby\'s right to left, never anticlockwise', () => {
    const tummy = FULL_ROUTINE.steps.filter((s) => s.part === 'tummy').map((s) => content.steps[s.id]);
    const spoken = tummy.map((s) => textOf([...s.how, s.times ?? '', ...s.practice])).join(' ');
    expect(spoken).toMatch(/clockwise/);
    expect(spoken).toMatch(/your baby's right/);
    expect(spoken).not.toMatch(/anti-?clockwise|counter-?clockwise/i);
    expect(spoken).not.toMatch(/baby's left[^.]*to (?:their|your baby's) right/);
  });

  it('keeps every placeholder filled and every word its own locale\'s', () => {
    const all = JSON.stringify(content);
    expect(all).not.toMatch(/\$\{|undefined/);
    const opening = textOf(content.steps.opening.how);
    expect(opening).toMatch(['en-GB', 'en-AU'].includes(locale) ? /\bnappy\b/ : /\bdiaper\b/);
  });

  describe('a full walk', () => {
    const responses = walk(content);

    it('has at least 14 steps', () => {
      expect(responses.length).toBeGreaterThanOrEqual(14);
    });

    it('takes 15 to 20 minutes including guided pauses, as the welcome promises', () => {
      const minutes = responses.reduce((sum, r) => sum + estimateTiming(r.ssml).totalSeconds, 0) / 60;
      expect(content.phrases.welcome).toMatch(/fifteen to twenty minutes/);
      expect(minutes).toBeGreaterThanOrEqual(15);
      expect(minutes).toBeLessThanOrEqual(20);
    });

    it.each(responses.map((r) => [r.id, r.ssml]))('%s: calm pace, valid SSML, within Alexa\'s limits', async (_, ssml) => {
      expect(ssml).toMatch(/<prosody rate="(8[5-9]|90)%">/);
      const timing = estimateTiming(ssml);
      expect(timing.effectiveWordsPerMinute).toBeLessThanOrEqual(100);
      expect(timing.totalSeconds).toBeLessThanOrEqual(90);
      expect(ssml.length).toBeLessThanOrEqual(MAX_SSML_CHARACTERS);
      for (const [, time] of ssml.matchAll(/<break time="([^"]+)"/g)) {
        expect(time.endsWith('ms') ? Number(time.slice(0, -2)) / 1000 : Number(time.slice(0, -1))).toBeLessThanOrEqual(10);
      }
      expect(await check(ssml, { platform: 'amazon' })).toBeUndefined();
    });

    it('marks each new body part with a sound and its name, and only then', () => {
      const announced = responses.filter((r) => r.ssml.includes('<audio')).map((r) => r.id);
      const firstOfPart = FULL_ROUTINE.steps.filter((s, i) => i > 0 && FULL_ROUTINE.steps[i - 1].part !== s.part).map((s) => s.id);
      expect(announced).toEqual(firstOfPart);
      expect(responses.find((r) => r.id === 'tummy-water-wheel')?.ssml).toContain('<s>Now, the tummy.</s>');
    });
  });
});
