/**
 * Estimates how long Alexa takes to say a piece of SSML, to hold the guide to a calm pace without
 * listening to it. The model is deliberately simple and errs on the fast side (a fast voice makes the
 * pace check stricter): Alexa's default voice at about 160 words a minute, slowed by any enclosing
 * `<prosody rate="N%">`, plus every `<break>`. Audio clips count as one second each, apart from the
 * pauses: a chime is not time the parent spends massaging.
 */
export const DEFAULT_WORDS_PER_MINUTE = 160;

export interface SpeechTiming {
  readonly words: number;
  readonly speakingSeconds: number;
  /** Breaks: the guided practice, while the guide is quiet. */
  readonly pauseSeconds: number;
  /** Sound clips. */
  readonly soundSeconds: number;
  readonly totalSeconds: number;
  /** Words per minute over the whole response, pauses included. */
  readonly effectiveWordsPerMinute: number;
}

export function estimateTiming(ssml: string, wordsPerMinute = DEFAULT_WORDS_PER_MINUTE): SpeechTiming {
  let words = 0;
  let speakingSeconds = 0;
  let pauseSeconds = 0;
  let soundSeconds = 0;
  const rates: number[] = [1];
  const tokens = ssml.match(/<[^>]+>|[^<]+/g) ?? [];
  for (const token of tokens) {
    if (token.startsWith('<')) {
      const rate = /^<prosody\b[^>]*\brate="(\d+(?:\.\d+)?)%"/.exec(token);
      if (rate) rates.push(Number(rate[1]) / 100);
      else if (/^<prosody\b/.test(token)) rates.push(rates[rates.length - 1]);
      else if (token.startsWith('</prosody')) rates.pop();
      const brk = /^<break\b[^>]*\btime="(\d+(?:\.\d+)?)(ms|s)"/.exec(token);
      if (brk) pauseSeconds += Number(brk[1]) / (brk[2] === 'ms' ? 1000 : 1);
      if (token.startsWith('<audio')) soundSeconds += 1;
      continue;
    }
    // A word is any run with a letter or digit in it, in any script ("à", "Öl", "über" count too).
    const count = token.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    words += count;
    speakingSeconds += (count / (wordsPerMinute * rates[rates.length - 1])) * 60;
  }
  const totalSeconds = speakingSeconds + pauseSeconds + soundSeconds;
  return {
    words,
    speakingSeconds,
    pauseSeconds,
    soundSeconds,
    totalSeconds,
    effectiveWordsPerMinute: totalSeconds > 0 ? (words / totalSeconds) * 60 : 0,
  };
}
