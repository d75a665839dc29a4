import { VoiceId } from '@aws-sdk/client-polly';
import { estimateTiming } from '../lambda/speech/timing';
import { LANGUAGE_LOCALES } from '../tools/languages/locales';
import { PASSAGES, wordCount } from '../tools/languages/passages';
import { measureRates } from '../tools/languages/rates';

/**
 * Issue 21's groundwork, before the skill speaks the nine locales: each one's Polly voice is one the
 * SDK knows, and the speaking rate each records is what eSpeak NG measures on the passages.
 */
describe('the nine locales to come', () => {
  it.each(Object.entries(LANGUAGE_LOCALES))("%s: Amazon Polly's voice is a VoiceId the SDK knows", (_, locale) => {
    expect(Object.values(VoiceId)).toContain(locale.pollyVoice);
  });

  it('has the same three passages in every language, each as long as the English within a third', () => {
    const english = PASSAGES.en.map(wordCount);
    for (const language of new Set(Object.values(LANGUAGE_LOCALES).map((l) => l.language))) {
      PASSAGES[language].forEach((text, i) => expect([language, i, Math.abs(wordCount(text) - english[i]) / english[i] < 1 / 3]).toEqual([language, i, true]));
    }
  });

  it("records the speaking rate eSpeak NG measures, German and French (the slowest and the fastest) re-measured", () => {
    const measured = measureRates(['de', 'fr']);
    for (const rate of measured.filter((r) => r.language !== 'en')) {
      const recorded = Object.values(LANGUAGE_LOCALES).find((l) => l.espeakVoice === rate.voice)!;
      expect(rate.ratio).toBeCloseTo(recorded.rateRatio, 2);
      expect(Math.max(...rate.ratios) - Math.min(...rate.ratios)).toBeCloseTo(recorded.rateSpread, 2);
    }
  });

  it('counts words in every script the timing estimate will meet', () => {
    expect(estimateTiming('<speak>Öl à la française, über die Beine.</speak>').words).toBe(7);
    expect(wordCount('Öl à la française, über die Beine.')).toBe(7);
  });
});
