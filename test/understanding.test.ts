import { QUESTION_CUES } from '../lambda/content/en/understanding';
import { classify, stems } from '../lambda/content/understand';
import { measure, readPhrasings } from '../tools/understanding/measure';

/**
 * Issue 18's measure: phrasings written as parents talk, split in two by a hash before the model
 * changed (test/understanding/dev.txt to develop against, held-out.txt only to measure), each with the
 * meaning it must reach through the real models with exact-match resolution. The floors hold today's
 * figures so that nothing slips back; the target is 90 % of the held-out half.
 */
describe('understanding what parents say', () => {
  it('the development half', () => {
    const { understood, total } = measure(readPhrasings('dev.txt'));
    expect(total).toBe(154);
    expect(understood).toBeGreaterThanOrEqual(142);
  });

  it('the held-out half, which nothing was tuned to', () => {
    const { understood, total } = measure(readPhrasings('held-out.txt'));
    expect(total).toBe(170);
    expect(understood).toBeGreaterThanOrEqual(143);
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

  it('stems meet: plurals, -ing and -ed forms, possessives and punctuation', () => {
    expect(stems("Oils, oiling; she's OILED!")).toEqual(['oil', 'oil', 'she', 'oil']);
    expect(classify('can my mother in law do it', QUESTION_CUES)).toBe('others');
    expect(classify('nothing about anything', QUESTION_CUES)).toBeUndefined();
  });
});
