/**
 * The words Dutch parents put around what they ask for, generated rather than listed (carriers x
 * fillers): "oké, volgende", "volgende graag", "ja doe maar de rug". Alexa's model learns from the
 * samples it is given, so the fillers are in the samples.
 */

/** Said before a request or a question: "oké, de korte massage", "nou, doe de rug". */
export const HEADS: readonly string[] = ['oké', 'ok', 'en', 'nou', 'zo', 'goed'];

/** Said after one: "de korte graag", "de rug maar". */
export const TAILS: readonly string[] = ['graag', 'alsjeblieft', 'maar'];

/** Short samples (four words or fewer) with a word before and after them; longer ones as they are and with "graag". */
export function around(samples: readonly string[]): string[] {
  return samples.flatMap((sample) => {
    if (/^\{\w+\}$/.test(sample)) return [sample];
    if (sample.split(' ').length > 4) return politely([sample]);
    return [sample, ...HEADS.map((head) => `${head} ${sample}`), ...politely([sample], TAILS).slice(1)];
  });
}

/** Each sample as it is, and with "graag" after it (unless it has one). */
export function politely(samples: readonly string[], tails: readonly string[] = ['graag']): string[] {
  return samples.flatMap((sample) => [sample, ...tails.filter((tail) => !sample.endsWith(` ${tail}`)).map((tail) => `${sample} ${tail}`)]);
}

/** Said before a command by a parent with their hands full: "ja, volgende", "oké, terug". */
const BEFORE = ['ja', 'oké', 'ok', 'okee', 'goed', 'prima', 'top', 'mooi', 'fijn', 'zo', 'nou', 'en', 'ja oké', 'oké dan', 'goed zo', 'sorry', 'oh', 'dan', 'graag', 'alsjeblieft'];
/** The fewer said before a long command. */
const BEFORE_LONG = ['ja', 'oké', 'ok', 'goed', 'zo', 'nou', 'en', 'sorry'];
/** Said after one: "volgende graag", "terug maar". */
const AFTER = ['graag', 'alsjeblieft', 'maar', 'nu', 'dan', 'dan maar'];
/** The few that also come with "graag" after the command: "ja, volgende graag". */
const BEFORE_WITH_PLEASE = ['ja', 'oké', 'ok', 'goed', 'sorry'];

/** A command's base forms with the words parents put around them (each base alone, with a word before and after). */
export function withFillers(bases: readonly string[]): string[] {
  return bases.flatMap((base) => {
    if (base.split(' ').length > 3) return [base, ...BEFORE_LONG.map((before) => `${before} ${base}`)];
    return [base, ...BEFORE.map((before) => `${before} ${base}`), ...AFTER.map((after) => `${base} ${after}`), ...BEFORE_WITH_PLEASE.map((before) => `${before} ${base} graag`)];
  });
}

/** A few words around a command that is rarely padded: "oké, het andere been". */
export function lightly(bases: readonly string[]): string[] {
  return bases.flatMap((base) => [base, ...['oké', 'ok', 'zo', 'en', 'ja', 'goed'].map((before) => `${before} ${base}`), `${base} graag`]);
}

/** Both ways a parent refers to the baby: subject, object, possessive ("ze", "haar", "haar"; "hij", "hem", "zijn"). */
export const pronouns = (build: (subject: string, object: string, possessive: string) => string[]): string[] => [...build('ze', 'haar', 'haar'), ...build('hij', 'hem', 'zijn')];

/** Whose part: "doe haar rug", "de beentjes", "het buikje". */
export function withOwners(samples: readonly string[]): string[] {
  return samples.flatMap((sample) => ['de', 'het', 'haar', 'zijn'].map((owner) => sample.replace('{owner}', owner)));
}
