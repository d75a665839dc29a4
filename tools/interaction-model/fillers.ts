/**
 * The words parents put around what they ask for, generated rather than listed (carriers x fillers x
 * slots): "please" after a request, and a reason after skipping a part ("skip her face, she hates it").
 * Alexa's model learns from the samples it is given; a phrase with a filler it never saw may not reach
 * the intent, so the fillers are in the samples.
 */

/** Said before a request or a question: "so, the bedtime one", "ok, do her back". */
export const HEADS: readonly string[] = ['so', 'ok', 'okay', 'right', 'and', 'please'];

/** Said after one: "the quick one then", "do her back now". */
export const TAILS: readonly string[] = ['please', 'now', 'then'];

/**
 * Short samples (four words or fewer, a slot counting as one) with a word before and a word after
 * them; longer ones, which parents rarely pad, only as they are and with "please".
 */
export function around(samples: readonly string[]): string[] {
  return samples.flatMap((sample) => {
    // A slot alone stays alone: with a word before it, it would take whatever follows that word.
    if (/^\{\w+\}$/.test(sample)) return [sample];
    if (sample.split(' ').length > 4) return politely([sample]);
    return [sample, ...HEADS.map((head) => `${head} ${sample}`), ...politely([sample], TAILS).slice(1)];
  });
}

/** Each sample as it is, and with "please" after it (unless it has one). */
export function politely(samples: readonly string[], tails: readonly string[] = ['please']): string[] {
  return samples.flatMap((sample) => [sample, ...tails.filter((tail) => !sample.endsWith(` ${tail}`)).map((tail) => `${sample} ${tail}`)]);
}

/** Why a parent leaves a part out, said straight after it. */
export const SKIP_REASONS: readonly string[] = ['she', 'he'].flatMap((pronoun) => [
  ...['hates it', "doesn't like it", "doesn't like that", "won't let me", 'keeps crying', 'keeps wriggling'].map((why) => `${pronoun} ${why}`),
  ...['just eaten', 'just been fed', 'full', 'tired', 'sleepy', 'tired of it', 'had enough', 'had enough of it', 'got a rash there', 'getting fussy', 'fussing', 'crying', 'upset', 'ticklish', 'wriggling', 'not in the mood', 'grumpy', 'sore there', 'asleep'].map((why) => `${pronoun}'s ${why}`),
]);

/** "skip {owner} {part}, she hates it": each carrier with each reason after it. */
export function withReasons(carriers: readonly string[]): string[] {
  return carriers.flatMap((carrier) => SKIP_REASONS.map((reason) => `${carrier} ${reason}`));
}
