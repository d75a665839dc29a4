/**
 * The words Brazilian parents put around what they ask for, generated rather than listed (carriers x
 * fillers): "tá, próximo", "volta aí", "próximo por favor". Alexa's model learns from the samples it is
 * given, so the fillers are in the samples.
 */

/** Said before a request or a question: "então, a da cólica", "ok, faz as costas". */
export const HEADS: readonly string[] = ['então', 'ok', 'tá', 'e', 'por favor', 'agora'];

/** Said after one: "a rápida por favor", "faz as costas agora". */
export const TAILS: readonly string[] = ['por favor', 'agora', 'então'];

/** Short samples with a word before and after them; longer ones only as they are and with "por favor". */
export function around(samples: readonly string[]): string[] {
  return samples.flatMap((sample) => {
    if (/^\{\w+\}$/.test(sample)) return [sample];
    if (sample.split(' ').length > 4) return politely([sample]);
    return [sample, ...HEADS.map((head) => `${head} ${sample}`), ...politely([sample], TAILS).slice(1)];
  });
}

/** Each sample as it is, and with "por favor" after it (unless it has one). */
export function politely(samples: readonly string[], tails: readonly string[] = ['por favor']): string[] {
  return samples.flatMap((sample) => [sample, ...tails.filter((tail) => !sample.endsWith(` ${tail}`)).map((tail) => `${sample} ${tail}`)]);
}

/** Said before a command by a parent with their hands full: "tá, próximo", "beleza, volta". */
const BEFORE = ['sim', 'tá', 'ok', 'tá bom', 'beleza', 'pronto', 'certo', 'então', 'e', 'bora', 'isso', 'ótimo', 'legal', 'ah', 'opa', 'desculpa', 'por favor', 'agora'];
/** The fewer said before a long command. */
const BEFORE_LONG = ['sim', 'tá', 'ok', 'tá bom', 'beleza', 'então', 'e', 'ah', 'desculpa', 'por favor'];
/** The few that also come with "por favor" after the command. */
const BEFORE_WITH_PLEASE = ['sim', 'tá', 'ok', 'beleza', 'então', 'desculpa'];
/** Said after one: "próximo por favor", "volta aí", "pausa pra mim". */
const AFTER = ['por favor', 'agora', 'aí', 'então', 'pra mim', 'agora por favor'];

/** A command's base forms with the words around them, each once (the model builder drops repeats). */
export function withFillers(bases: readonly string[]): string[] {
  return bases.flatMap((base) => {
    if (base.split(' ').length > 3) return [base, ...BEFORE_LONG.map((before) => `${before} ${base}`)];
    return [
      base,
      ...BEFORE.filter((before) => before !== base).map((before) => `${before} ${base}`),
      ...AFTER.filter((after) => !base.endsWith(after)).map((after) => `${base} ${after}`),
      ...BEFORE_WITH_PLEASE.map((before) => `${before} ${base} por favor`),
    ];
  });
}

/** Why a parent leaves a part out, said straight after it: "pula o rosto, ela não gosta". */
export const SKIP_REASONS: readonly string[] = [
  ...['ela', 'ele'].flatMap((who) => [
    `${who} não gosta`, `que ${who} não gosta`, `porque ${who} não gosta`, `${who} odeia`, `que ${who} odeia`, `${who} acabou de mamar`, `que ${who} acabou de mamar`,
    `porque ${who} acabou de mamar`, `${who} tá chorando`, `${who} tá cansad${who === 'ela' ? 'a' : 'o'}`, `${who} tá com sono`, `${who} não deixa`, `que ${who} não deixa`,
    `${who} tá irritad${who === 'ela' ? 'a' : 'o'}`, `${who} tá com assadura`, `${who} tá agitad${who === 'ela' ? 'a' : 'o'}`, `${who} tem cócegas`, `que ${who} tem cócegas`,
  ]),
  'hoje não', 'por hoje', 'dessa vez',
];

/** "pula o rosto, ela não gosta": each carrier with each reason after it. */
export function withReasons(carriers: readonly string[]): string[] {
  return carriers.flatMap((carrier) => SKIP_REASONS.map((reason) => `${carrier} ${reason}`));
}

/** "a barriga", "na barriga", "da barriga", "pra barriga": a noun with each article and contraction. */
export function articled(noun: string, feminine: boolean, plural: boolean): string[] {
  const [art, em, de, pra, pro] = plural
    ? feminine ? ['as', 'nas', 'das', 'pras', 'para as'] : ['os', 'nos', 'dos', 'pros', 'para os']
    : feminine ? ['a', 'na', 'da', 'pra', 'para a'] : ['o', 'no', 'do', 'pro', 'para o'];
  return [noun, `${art} ${noun}`, `${em} ${noun}`, `${de} ${noun}`, `${pra} ${noun}`, `${pro} ${noun}`, `com ${art} ${noun}`];
}
