import { IntentName, SlotName } from '../../../lambda/alexa/intents';
import { PaceChange } from '../../../lambda/routine/pace';
import { PortugueseVocabulary } from '../../../lambda/content/pt/vocabulary';
import { PACE_SLOT_TYPE } from '../baby-intents';
import { IntentSource, SlotTypeSource } from '../types';
import { around } from './fillers';

/** Who the parent is talking about, with the ending an adjective takes for them ("ela tá cansada"). */
const WHO: readonly (readonly [who: string, ending: 'a' | 'o'])[] = [
  ['ela', 'a'], ['ele', 'o'], ['o bebê', 'o'], ['meu bebê', 'o'], ['o neném', 'o'], ['a neném', 'a'], ['minha filha', 'a'], ['meu filho', 'o'],
];
/** The two ways of saying "is": "ela tá", "ela está". */
const IS = ['tá', 'está'];

/** Every way of saying each phrase about the baby: `build(who, is, ending)`. */
const about = (build: (who: string, is: string, e: 'a' | 'o') => string[]): string[] =>
  WHO.flatMap(([who, e]) => IS.flatMap((is) => build(who, is, e)));
/** The same for phrases without "tá": "ela dormiu". */
const said = (build: (who: string, e: 'a' | 'o') => string[]): string[] => WHO.flatMap(([who, e]) => build(who, e));

/**
 * What Brazilian parents say about the baby mid-massage, and how they ask for another pace. Each
 * statement is its own intent, so each gets its own answer (lambda/alexa/handlers/spoken/baby-*.ts).
 */
export const babyIntents: readonly IntentSource<PortugueseVocabulary>[] = [
  {
    name: IntentName.BabyAsleep,
    samples: () => [
      ...said((w) => [`${w} dormiu`, `${w} pegou no sono`, `${w} apagou`, `${w} adormeceu`, `${w} caiu no sono`, `${w} capotou`, `${w} já dormiu`, `${w} acabou de dormir`]),
      ...about((w, is) => [`${w} ${is} dormindo`, `${w} já ${is} dormindo`, `${w} ${is} dormindo agora`]),
      'dormiu', 'já dormiu', 'apagou', 'pegou no sono', 'tá dormindo',
    ],
  },
  {
    name: IntentName.BabyUpset,
    samples: () => [
      ...about((w, is, e) => [`${w} ${is} chorando`, `${w} ${is} chorando muito`, `${w} ${is} chorando demais`, `${w} ${is} irritad${e}`, `${w} ${is} irritadinh${e}`, `${w} ${is} manhos${e}`,
        `${w} ${is} resmungando`, `${w} ${is} choramingando`, `${w} ${is} gritando`, `${w} ${is} berrando`, `${w} ${is} nervos${e}`, `${w} ${is} brav${e}`, `${w} ${is} agitad${e}`,
        `${w} ${is} inquiet${e}`, `${w} ${is} com os dentinhos nascendo`, `${w} ${is} babando muito`, `${w} ${is} mordendo tudo`]),
      ...said((w) => [`${w} começou a chorar`, `${w} não para de chorar`, `${w} abriu o berreiro`, `${w} chorou`, `${w} tá nascendo dente`]),
      'tá chorando', 'tá chorando muito', 'começou a chorar', 'os dentinhos tão nascendo', 'os dentes estão nascendo', 'tá nascendo dente', 'o dente tá nascendo',
    ],
  },
  {
    name: IntentName.BabyNeeds,
    samples: (words: PortugueseVocabulary) => [
      `preciso trocar a ${words.nappy}`, `tenho que trocar a ${words.nappy}`, `vou trocar a ${words.nappy}`, `peraí vou trocar a ${words.nappy}`, `hora de trocar a ${words.nappy}`,
      `a ${words.nappy} tá cheia`, `a ${words.nappy} vazou`, `trocar a ${words.nappy}`, `preciso dar de mamar`, `tenho que dar de mamar`, `vou dar de mamar`, `preciso amamentar`,
      'tá na hora da mamada', 'hora da mamada', 'hora de mamar', 'vou dar o peito', 'vou dar a mamadeira',
      ...said((w) => [`${w} fez cocô`, `${w} fez xixi`, `${w} fez xixi em mim`, `${w} fez cocô em mim`, `${w} fez xixi na toalha`, `${w} sujou a ${words.nappy}`, `${w} vomitou`, `${w} golfou`,
        `${w} golfou em mim`, `${w} regurgitou`, `${w} regurgitou em mim`, `${w} gorfou`, `${w} quer mamar`, `${w} quer o peito`, `${w} quer colo`, `${w} precisa de mim`, `${w} vomitou em mim`]),
      ...about((w, is, e) => [`${w} ${is} com fome`, `${w} ${is} faminto`.replace(/o$/, e), `${w} ${is} querendo mamar`, `${w} ${is} procurando o peito`, `${w} ${is} chupando a mão`,
        `${w} ${is} molhad${e}`, `${w} ${is} todo sujo`.replace('todo sujo', e === 'a' ? 'toda suja' : 'todo sujo')]),
    ],
  },
  {
    name: IntentName.BabyUnwell,
    samples: (words: PortugueseVocabulary) => [
      ...about((w, is, e) => [`${w} ${is} com febre`, `${w} ${is} febril`, `${w} ${is} doente`, `${w} ${is} doentinh${e}`, `${w} ${is} resfriad${e}`, `${w} ${is} gripad${e}`,
        `${w} ${is} com tosse`, `${w} ${is} com o nariz escorrendo`, `${w} ${is} com coriza`, `${w} ${is} com o nariz entupido`, `${w} ${is} com diarreia`, `${w} ${is} com virose`,
        `${w} ${is} abatid${e}`, `${w} ${is} molinh${e}`, `${w} ${is} quente`, `${w} ${is} quentinh${e} demais`, `${w} ${is} amarelinh${e}`, `${w} ${is} com icterícia`, `${w} ${is} com alergia`,
        `${w} ${is} com brotoeja`, `${w} ${is} com assadura`, `${w} ${is} com dermatite`, `${w} não ${is} bem`]),
      ...said((w, e) => [`${w} tomou vacina`, `${w} tomou vacina hoje`, `${w} tomou vacina ontem`, `${w} tomou as ${words.jabs}`, `${w} tomou as ${words.jabs} hoje`, `${w} tomou as ${words.jabs} ontem`,
        `${w} vacinou hoje`, `${w} vacinou ontem`, `${w} foi vacinad${e} hoje`, `${w} foi vacinad${e} ontem`, `${w} tomou injeção`, `${w} tem eczema`, `${w} tem dermatite`, `${w} tem febre`]),
    ],
  },
  {
    name: IntentName.BabyDislikes,
    samples: () => [
      ...about((w, is, e) => [`${w} não ${is} gostando`, `${w} não ${is} gostando disso`, `${w} ${is} virando o rosto`, `${w} ${is} virando a cara`, `${w} ${is} olhando pro lado`,
        `${w} ${is} arqueando as costas`, `${w} ${is} arqueando`, `${w} ${is} com a mão fechada`, `${w} ${is} empurrando minha mão`, `${w} ${is} pálid${e}`, `${w} ${is} vermelh${e}`,
        `${w} ${is} manchad${e}`, `${w} ${is} puxando a perna`, `${w} ${is} puxando o braço`]),
      ...said((w, e) => [`${w} não gosta`, `${w} não gosta disso`, `${w} não gostou`, `${w} odeia isso`, `${w} odeia`, `${w} não quer`, `${w} ficou vermelh${e}`, `${w} ficou pálid${e}`,
        `${w} virou o rosto`, `${w} virou a cara`, `${w} fechou a mão`, `${w} arqueou as costas`]),
      'acho que ela não gosta', 'acho que ele não gosta', 'acho que ela não tá gostando', 'acho que ele não tá gostando', 'não tá gostando', 'não gostou',
    ],
  },
  {
    name: IntentName.BabyHappy,
    samples: () => [
      ...about((w, is, e) => [`${w} ${is} sorrindo`, `${w} ${is} sorrindo pra mim`, `${w} ${is} rindo`, `${w} ${is} gostando`, `${w} ${is} gostando muito`, `${w} ${is} adorando`,
        `${w} ${is} amando`, `${w} ${is} curtindo`, `${w} ${is} feliz`, `${w} ${is} tão feliz`, `${w} ${is} calm${e}`, `${w} ${is} tão calm${e}`, `${w} ${is} tranquil${e}`, `${w} ${is} relaxad${e}`,
        `${w} ${is} balbuciando`, `${w} ${is} conversando`, `${w} ${is} fazendo barulhinho`, `${w} ${is} segurando meu dedo`, `${w} ${is} segurando minha mão`, `${w} ${is} apertando meu dedo`,
        `${w} ${is} olhando pra mim`]),
      ...said((w) => [`${w} gosta`, `${w} gostou`, `${w} adora`, `${w} adorou`, `${w} ama`, `${w} sorriu`, `${w} riu`, `${w} pegou meu dedo`, `${w} agarrou meu dedo`, `${w} pegou minha mão`]),
      'acho que ela gostou', 'acho que ele gostou', 'acho que ela tá gostando', 'acho que ele tá gostando', 'tá sorrindo', 'tá adorando', 'tá gostando',
    ],
  },
  {
    name: IntentName.BabyWind,
    samples: () => [
      ...about((w, is, e) => [`${w} ${is} com cólica`, `${w} ${is} com gases`, `${w} ${is} cheio de gases`.replace('cheio', e === 'a' ? 'cheia' : 'cheio'), `${w} ${is} com a barriga estufada`,
        `${w} ${is} com a barriga inchada`, `${w} ${is} com dor de barriga`, `${w} ${is} com o intestino preso`, `${w} ${is} com prisão de ventre`, `${w} ${is} constipad${e}`, `${w} ${is} estufad${e}`]),
      ...said((w) => [`${w} tem cólica`, `${w} tem muita cólica`, `${w} tem gases`, `${w} sofre de cólica`, `${w} não faz cocô`, `${w} não fez cocô hoje`, `acho que ${w} tá com cólica`, `acho que ${w} tá com gases`]),
      'meu bebê tem cólica', 'é cólica', 'acho que é cólica', 'acho que são gases',
    ],
  },
  {
    name: IntentName.BabySleepy,
    samples: () => [
      ...about((w, is, e) => [`${w} ${is} com sono`, `${w} ${is} com soninho`, `${w} ${is} com muito sono`, `${w} ${is} sonolent${e}`, `${w} ${is} cansad${e}`, `${w} ${is} cansadinh${e}`,
        `${w} ${is} bocejando`, `${w} ${is} esfregando os olhos`, `${w} ${is} esfregando o olho`, `${w} ${is} coçando o olho`, `${w} ${is} quase dormindo`, `${w} ${is} caindo de sono`,
        `${w} ${is} morrendo de sono`, `${w} ${is} ficando com sono`]),
      ...said((w) => [`${w} bocejou`, `${w} quer dormir`, `${w} precisa dormir`, `${w} precisa de um cochilo`]),
      'tá com sono', 'deu sono', 'bateu o sono',
    ],
  },
  {
    name: IntentName.Thanks,
    samples: () => around([
      'obrigada', 'obrigado', 'brigada', 'brigado', 'valeu', 'valeu mesmo', 'muito obrigada', 'muito obrigado', 'obrigadão', 'obrigada mesmo', 'obrigado mesmo', 'gratidão',
      'brigada foi ótimo', 'obrigada foi ótimo', 'obrigado foi ótimo', 'foi ótimo obrigada', 'foi ótimo obrigado', 'foi lindo obrigada', 'obrigada foi lindo', 'obrigada pela ajuda',
      'obrigado pela ajuda', 'valeu pela ajuda', 'obrigada pela massagem', 'ok obrigada', 'ok obrigado', 'tá bom obrigada', 'tá bom obrigado', 'beleza valeu',
    ]),
  },
  {
    name: IntentName.Pace,
    slots: [{ name: SlotName.Pace, type: PACE_SLOT_TYPE }],
    samples: () => around([
      '{pace}', 'fala {pace}', 'fale {pace}', 'pode falar {pace}', 'dá pra falar {pace}', 'fala um pouco {pace}', 'vai um pouco {pace}', 'um pouco {pace}',
      'um pouquinho {pace}', 'bem {pace}', 'tá {pace}', 'você tá {pace}', 'você tá falando {pace}', 'tá falando {pace}', 'quero {pace}', 'eu quero {pace}',
      'prefiro {pace}', 'coloca {pace}', 'põe {pace}', 'usa {pace}', 'muda pra {pace}', 'volta pro {pace}', 'volta pra {pace}', 'me dá {pace}',
      'dá {pace}', 'deixa {pace}',
    ]),
  },
  {
    name: IntentName.Statement,
    slots: [{ name: SlotName.Statement, type: 'AMAZON.SearchQuery' }],
    // AMAZON.SearchQuery's rules: a carrier phrase in every sample, one SearchQuery slot, nothing else beside it.
    samples: () => STATEMENT_CARRIERS.map((carrier) => `${carrier} {statement}`),
  },
];

const PACE_VALUES: Readonly<Record<PaceChange, { name: string; synonyms: string[] }>> = {
  slower: { name: 'mais devagar', synonyms: ['devagar', 'mais devagarinho', 'devagarinho', 'mais lento', 'mais lenta', 'mais calmo', 'mais calma', 'muito rápido', 'rápido demais', 'depressa demais', 'diminui a velocidade', 'menos rápido'] },
  faster: { name: 'mais rápido', synonyms: ['mais rápida', 'mais depressa', 'rapidinho', 'acelera', 'acelera um pouco', 'muito devagar', 'devagar demais', 'lento demais', 'muito lento', 'aumenta a velocidade', 'mais ligeiro'] },
  'longer-pauses': { name: 'pausas mais longas', synonyms: ['pausas maiores', 'mais tempo', 'mais tempo em cada movimento', 'mais tempo pra cada movimento', 'mais tempo entre os movimentos', 'mais tempo pra fazer', 'intervalos maiores', 'pausa mais longa'] },
  'shorter-pauses': { name: 'pausas mais curtas', synonyms: ['pausas menores', 'menos tempo', 'menos tempo entre os movimentos', 'intervalos menores', 'menos espera', 'pausa mais curta', 'sem tanta pausa'] },
  brief: { name: 'modo breve', synonyms: ['menos explicação', 'menos explicações', 'menos conversa', 'menos falação', 'fala menos', 'falar menos', 'só o nome', 'só os nomes', 'breve', 'resumido', 'mais resumido', 'instruções curtas', 'sem explicação', 'você fala muito', 'falando demais'] },
  detail: { name: 'mais detalhes', synonyms: ['mais detalhe', 'mais detalhado', 'detalhado', 'mais explicação', 'mais explicações', 'explica mais', 'com detalhes', 'instruções completas', 'modo detalhado'] },
  normal: { name: 'ritmo normal', synonyms: ['normal', 'velocidade normal', 'o normal', 'o de sempre', 'ritmo de sempre', 'o ritmo normal', 'padrão', 'o padrão', 'modo normal'] },
};

export const babySlotTypes: readonly SlotTypeSource<PortugueseVocabulary>[] = [
  { name: PACE_SLOT_TYPE, values: () => Object.entries(PACE_VALUES).map(([id, v]) => ({ id, ...v })) },
];

/** How Brazilian parents start saying something about the baby: the words before it (the classifier reads the rest). */
const STATEMENT_CARRIERS = [
  ...['peraí', 'pera', 'espera', 'calma', 'ai', 'ah', 'opa', 'nossa', 'eita', 'olha', 'então', 'e', 'ó', 'desculpa', 'pausa', 'para'].flatMap((lead) => [`${lead} ela`, `${lead} ele`, `${lead} ela tá`, `${lead} ele tá`, `${lead} o bebê`, `${lead} o bebê tá`]),
  'ela', 'ele', 'ela tá', 'ele tá', 'ela está', 'ele está', 'ela ficou', 'ele ficou', 'ela tem', 'ele tem', 'ela já', 'ele já', 'ela começou a', 'ele começou a', 'ela não', 'ele não',
  'ela tá com', 'ele tá com', 'ela está com', 'ele está com', 'ela acabou de', 'ele acabou de', 'o bebê', 'o bebê tá', 'o bebê está', 'meu bebê', 'meu bebê tá', 'meu bebê está', 'a bebê',
  'o neném', 'o neném tá', 'a neném', 'a neném tá', 'minha filha', 'minha filha tá', 'meu filho', 'meu filho tá', 'acho que ela', 'acho que ele', 'acho que ela tá', 'acho que ele tá',
  'preciso', 'eu preciso', 'tenho que', 'vou ter que', 'deu', 'ficou', 'tá com', 'ai ela', 'ai ele',
];
