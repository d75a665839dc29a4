import { QUESTION_CUES, QUESTION_STARTS, ROUTINE_CUES } from '../lambda/content/en/understanding';
import { contentFor } from '../lambda/content';
import { classify, classifyUnasked, stems } from '../lambda/content/understand';
import { measure, measureWithVirtualAlexa, readPhrasings } from '../tools/understanding/measure';

/**
 * Issue 18's measure: phrasings written as parents talk, split in two by a hash before the model
 * changed (test/understanding/dev.txt to develop against, held-out.txt only to measure), each with the
 * meaning it must reach through the real models with exact-match resolution, by our resolver and by
 * virtual-alexa. The floors hold today's figures so that nothing slips back; the target is 90 % of the
 * held-out half by the stricter of the two.
 */
describe('understanding what parents say', () => {
  it('the development half', () => {
    const { understood, total } = measure(readPhrasings('dev.txt'));
    expect(total).toBe(504);
    expect(understood).toBeGreaterThanOrEqual(489);
  });

  it('the held-out half, which nothing was tuned to', () => {
    const { understood, total } = measure(readPhrasings('held-out.txt'));
    expect(total).toBe(170);
    expect(understood).toBeGreaterThanOrEqual(154);
  });

  it('both halves through virtual-alexa, the stricter resolver: 90 % or more of the held-out half', async () => {
    const dev = await measureWithVirtualAlexa(readPhrasings('dev.txt'));
    const heldOut = await measureWithVirtualAlexa(readPhrasings('held-out.txt'));
    expect(dev.understood).toBeGreaterThanOrEqual(482);
    expect(heldOut.understood).toBeGreaterThanOrEqual(153);
    expect(heldOut.understood / heldOut.total).toBeGreaterThanOrEqual(0.9);
  });

  it('the classifier, per topic, on the question phrasings of the development half', () => {
    const questions = readPhrasings('dev.txt').filter((p) => p.meaning.startsWith('t:') && QUESTION_CUES.some(([id]) => `t:${id}` === p.meaning));
    const perTopic = new Map<string, { right: number; all: number }>();
    for (const { phrase, meaning } of questions) {
      const tally = perTopic.get(meaning) ?? { right: 0, all: 0 };
      perTopic.set(meaning, { right: tally.right + (classify(phrase, QUESTION_CUES) === meaning.slice(2) ? 1 : 0), all: tally.all + 1 });
    }
    const report = [...perTopic].map(([topic, { right, all }]) => `${topic} ${right}/${all}`).sort();
    const right = [...perTopic.values()].reduce((sum, t) => sum + t.right, 0);
    // Printed for the note; held to today's figure.
    console.log(`classifier on whole questions: ${right} of ${questions.length}: ${report.join(', ')}`);
    expect(right / questions.length).toBeGreaterThanOrEqual(0.85);
  });

  it('a routine slot Alexa could not resolve names a routine by its purpose, unless the words are a question', () => {
    const routineOf = (words: string) => classifyUnasked(words, ROUTINE_CUES, QUESTION_STARTS);
    expect(routineOf('my baby has colic which')).toBe('colic');
    expect(routineOf('sleepy time')).toBe('bedtime');
    expect(routineOf('wind down')).toBe('bedtime');
    expect(routineOf('how long is the colic')).toBeUndefined();
    expect(routineOf('does the bedtime')).toBeUndefined();
    expect(routineOf('purple')).toBeUndefined();
  });

  it('a question no cue places is offered the topic whose words it shares, and none when it shares nothing', () => {
    const { questions } = contentFor('en-GB');
    expect(questions.nearestTopic('can i use talcum powder')).toEqual({ kind: 'safety', id: 'oil' });
    expect(questions.nearestTopic('should i take my rings off')).toEqual({ kind: 'safety', id: 'setting' });
    expect(questions.nearestTopic('does it help with reading')).toBeUndefined();
    expect(questions.nearestTopic('can i do it')).toBeUndefined();
  });

  it('stems meet: plurals, -ing and -ed forms, possessives and punctuation', () => {
    expect(stems("Oils, oiling; she's OILED!")).toEqual(['oil', 'oil', 'she', 'oil']);
    expect(classify('can my mother in law do it', QUESTION_CUES)).toBe('others');
    expect(classify('nothing about anything', QUESTION_CUES)).toBeUndefined();
  });
});
