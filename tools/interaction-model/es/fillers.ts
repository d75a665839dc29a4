/**
 * The words Spanish-speaking parents put around what they ask for, generated rather than listed
 * (carriers x fillers): "vale, siguiente", "ándale, la que sigue", "otra vez, porfa". Alexa's model learns
 * from the samples it is given, so the fillers are in the samples.
 */

/** Said before a request or a question: "vale, el de dormir", "a ver, sáltate la cara". */
export const HEADS: readonly string[] = ['vale', 'venga', 'ok', 'bueno', 'a ver', 'y'];

/** Said after one: "el rápido, por favor", "la espalda ahora". */
export const TAILS: readonly string[] = ['por favor', 'porfa'];

/** Short samples (four words or fewer) with a word before and a word after; longer ones as they are and with "por favor". */
export function around(samples: readonly string[]): string[] {
  return samples.flatMap((sample) => {
    if (/^\{\w+\}$/.test(sample)) return [sample];
    if (sample.split(' ').length > 4) return politely([sample]);
    return [sample, ...HEADS.map((head) => `${head} ${sample}`), ...TAILS.map((tail) => `${sample} ${tail}`)];
  });
}

/** Each sample as it is, and with "por favor" after it. */
export function politely(samples: readonly string[], tails: readonly string[] = ['por favor']): string[] {
  return samples.flatMap((sample) => [sample, ...tails.filter((tail) => !sample.endsWith(` ${tail}`)).map((tail) => `${sample} ${tail}`)]);
}

/** Said before a command by a parent with their hands full: "vale, siguiente", "ándale, otra vez". Spain's, Mexico's and the US's. */
const BEFORE = ['sí', 'vale', 'venga', 'ok', 'okay', 'bueno', 'ya', 'a ver', 'oye', 'y', 'perdona', 'ándale', 'órale', 'listo'];

/** The fewer said before a long command. */
const BEFORE_LONG = ['vale', 'venga', 'ok', 'bueno', 'a ver', 'y', 'ándale'];

/** Said after one: "siguiente, por favor", "otra vez, porfa". */
const AFTER = ['por favor', 'porfa', 'ya'];

/** The few that come with "por favor" after the command too: "vale, siguiente, por favor". */
const BEFORE_WITH_PLEASE = ['vale', 'ok'];

/** A command's base forms with the words parents put around them. */
export function withFillers(bases: readonly string[]): string[] {
  return bases.flatMap((base) => {
    if (base.split(' ').length > 3) return [base, ...BEFORE_LONG.map((before) => `${before} ${base}`)];
    return [base, ...BEFORE.map((before) => `${before} ${base}`), ...AFTER.map((after) => `${base} ${after}`), ...BEFORE_WITH_PLEASE.map((before) => `${before} ${base} por favor`)];
  });
}

/** A few words around a command that is rarely padded: "vale, la otra pierna". */
export function lightly(bases: readonly string[]): string[] {
  return bases.flatMap((base) => [base, ...['vale', 'ok', 'okay', 'y', 'ya', 'bueno', 'ahora'].map((before) => `${before} ${base}`), `${base} por favor`]);
}

/** Why a parent leaves a part out, said straight after it: "sáltate la cara, que no le gusta". */
export const SKIP_REASONS: readonly string[] = [
  'que no le gusta', 'no le gusta', 'que no le gusta nada', 'que acaba de comer', 'acaba de comer', 'que ha comido', 'que está llorando', 'que llora',
  'que tiene sueño', 'que está cansado', 'que está cansada', 'que no se deja', 'no se deja', 'que está molesto', 'que está molesta', 'que le hace cosquillas',
  'que tiene sarpullido', 'que se queja', 'que no quiere', 'no quiere', 'que se enoja', 'que se enfada', 'que está inquieto', 'que está inquieta', 'que está dormido', 'que está dormida',
];

/** "sáltate {part}, que no le gusta": each carrier with each reason after it. */
export function withReasons(carriers: readonly string[]): string[] {
  return carriers.flatMap((carrier) => SKIP_REASONS.map((reason) => `${carrier} ${reason}`));
}

/** How parents name the baby before saying something about it: "la niña se ha dormido", "mi bebé tiene hambre". */
export const BABIES: readonly string[] = ['mi bebé', 'el bebé', 'la bebé', 'el niño', 'la niña', 'mi niño', 'mi niña', 'el nene', 'la nena', 'el peque', 'la peque', 'mi hijo', 'mi hija'];

/** The ways of naming the baby that come before every statement (the rest reach the classifier through StatementIntent). */
const NAMED = ['mi bebé', 'el bebé', 'la niña', 'el niño', 'la nena'];

/** Each phrase alone, after "ya", and after each way of naming the baby: "se durmió", "ya se durmió", "la niña ya se durmió". */
export function aboutBaby(phrases: readonly string[]): string[] {
  return phrases.flatMap((phrase) => [phrase, `ya ${phrase}`, ...NAMED.map((baby) => `${baby} ${phrase}`)]);
}

/** Both genders of a phrase with a {o} placeholder: "está dormid{o}" gives dormido and dormida. */
export function genders(phrases: readonly string[]): string[] {
  return phrases.flatMap((phrase) => (phrase.includes('{o}') ? [phrase.replace(/\{o\}/g, 'o'), phrase.replace(/\{o\}/g, 'a')] : [phrase]));
}
