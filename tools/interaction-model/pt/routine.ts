import { IntentName, SlotName } from '../../../lambda/alexa/intents';
import { PortugueseVocabulary } from '../../../lambda/content/pt/vocabulary';
import { LessonId, MassagePart, RoutineId } from '../../../lambda/routine/types';
import { PART_SLOT_TYPE, ROUTINE_SLOT_TYPE } from '../routine-intents';
import { IntentSource, SlotTypeSource } from '../types';
import { around, articled, politely, withReasons } from './fillers';

/**
 * Routines by name and moving by body part, as Brazilian parents ask for them ("faz a shantala", "a
 * massagem da cólica", "só as pernas", "vai pra barriga"). A part's slot values carry their articles and
 * contractions ("pra barriga", "nas costas"), so the carriers stay few.
 */
export const routineIntents: readonly IntentSource<PortugueseVocabulary>[] = [
  {
    name: IntentName.StartRoutine,
    slots: [
      { name: SlotName.Routine, type: ROUTINE_SLOT_TYPE },
      { name: SlotName.Part, type: PART_SLOT_TYPE },
    ],
    samples: () => around([
      'começar', 'começa', 'começar a massagem', 'começa a massagem', 'começa uma massagem', 'iniciar a massagem', 'inicia a massagem', 'vamos começar', 'bora começar',
      'vamos fazer massagem', 'vamos fazer uma massagem', 'faz uma massagem', 'fazer massagem no bebê', 'quero fazer massagem no bebê', 'quero massagear o bebê',
      'massagem no bebê', 'uma massagem', 'me guia numa massagem', 'como faço massagem no bebê', 'me mostra como massagear o bebê',
      'massagem {routine}', 'a massagem {routine}', 'uma massagem {routine}', 'faz a massagem {routine}', 'faz uma massagem {routine}', 'fazer a massagem {routine}',
      'quero a massagem {routine}', 'quero uma massagem {routine}', 'quero fazer a massagem {routine}', 'quero fazer uma massagem {routine}', 'começa a massagem {routine}',
      'começar a massagem {routine}', 'vamos fazer a massagem {routine}', 'bora fazer a massagem {routine}', 'vamos de massagem {routine}', 'pode ser a massagem {routine}',
      'a {routine}', 'faz a {routine}', 'fazer a {routine}', 'quero a {routine}', 'quero fazer a {routine}', 'vamos fazer a {routine}', 'bora fazer a {routine}', 'começa a {routine}',
      'vamos de {routine}', 'pode ser a {routine}', 'uma {routine}', 'faz uma {routine}', 'quero uma {routine}', 'a de {routine}', 'aquela {routine}', 'a massagem para {routine}',
      'só {part}', 'somente {part}', 'apenas {part}', 'só {part} hoje', 'hoje só {part}', 'só {part} dessa vez', 'faz só {part}', 'massageia só {part}', 'quero só {part}',
      'massagem só {part}', 'uma massagem só {part}', 'massagem {part}', 'uma massagem {part}', 'a massagem {part}', 'dá pra fazer só {part}', 'pode fazer só {part}', 'começa só com {part}',
      ...BY_PURPOSE,
    ]),
  },
  {
    name: IntentName.PlayRoutine,
    slots: [
      { name: SlotName.Routine, type: ROUTINE_SLOT_TYPE },
      { name: SlotName.Part, type: PART_SLOT_TYPE },
    ],
    samples: () => politely([
      'toca a massagem', 'toca uma massagem', 'toca a massagem inteira', 'toca direto', 'toca tudo direto', 'toca sem parar', 'continua sozinha', 'segue sozinha', 'vai sozinha',
      'toca a massagem sem parar', 'toca a massagem {routine}', 'toca a {routine}', 'toca uma massagem {routine}', 'toca só {part}', 'toca a massagem {part}', 'modo áudio', 'toca o áudio',
    ]),
  },
  {
    name: IntentName.ListRoutines,
    samples: () => around([
      'quais massagens tem', 'quais massagens você tem', 'que massagens você tem', 'que massagens tem', 'quais são as massagens', 'quais são as opções', 'quais as opções',
      'quais massagens existem', 'que tipos de massagem tem', 'quais tipos de massagem tem', 'tem outra massagem', 'tem outras massagens', 'tem uma mais curta', 'tem alguma mais curta',
      'tem uma mais rápida', 'me fala as massagens', 'lista as massagens', 'fala as opções', 'quais rotinas tem', 'outra massagem', 'uma massagem diferente', 'muda a massagem',
      'trocar de massagem', 'troca a massagem', 'o que mais tem', 'o que mais dá pra fazer', 'qual massagem eu faço', 'qual massagem devo fazer', 'qual massagem você recomenda',
    ]),
  },
  {
    name: IntentName.GoToPart,
    slots: [{ name: SlotName.Part, type: PART_SLOT_TYPE }],
    samples: () => around([
      'vai {part}', 'vai direto {part}', 'vamos {part}', 'bora {part}', 'passa {part}', 'agora {part}', 'e agora {part}', 'faz {part}', 'faz {part} agora',
      'vamos fazer {part}', 'bora fazer {part}', 'quero fazer {part}', 'massageia {part}', 'massagear {part}', 'vamos massagear {part}', 'agora vamos {part}',
      'volta {part}', 'volta pra fazer {part}', 'começa {part}', 'começa por {part}', 'começa {part} agora', 'faz {part} de novo', 'de novo {part}', 'como faço {part}', 'me mostra {part}',
      'os movimentos {part}', 'ir {part}', 'podemos ir {part}', 'pode ir {part}', 'vira e faz {part}', 'vira ela e faz {part}', 'vira ele e faz {part}',
    ]),
  },
  {
    name: IntentName.SkipPart,
    slots: [{ name: SlotName.Part, type: PART_SLOT_TYPE }],
    samples: () =>
      politely([
        'pula essa parte', 'pula essa', 'pula esta parte', 'pula essa etapa', 'pula a parte', 'próxima parte', 'a próxima parte', 'vai pra próxima parte', 'passa pra próxima parte',
        'vamos pra próxima parte', 'outra parte', 'essa parte não', 'essa parte ela não gosta', 'essa parte ele não gosta', 'ela não gosta dessa parte', 'ele não gosta dessa parte',
        'pula {part}', 'pula {part} hoje', 'pular {part}', 'pode pular {part}', 'vamos pular {part}', 'bora pular {part}', 'deixa {part} de fora', 'deixa de fora {part}',
        'não faz {part}', 'não faz {part} hoje', 'não faz {part} não', 'sem {part}', 'sem {part} hoje', 'hoje sem {part}', 'menos {part}', 'tudo menos {part}', 'não quero {part}',
        'ela não gosta {part}', 'ele não gosta {part}', 'ela odeia {part}', 'ele odeia {part}', 'ela não deixa mexer {part}', 'ele não deixa mexer {part}',
      ]).concat(withReasons(['pula {part}', 'não faz {part}', 'deixa {part} de fora', 'sem {part}'])),
  },
  {
    name: IntentName.Where,
    samples: () => around([
      'onde a gente tá', 'onde a gente está', 'onde estamos', 'onde eu tô', 'onde eu estou', 'onde paramos', 'onde a gente parou', 'em que parte estamos', 'em que parte a gente tá',
      'que parte é essa', 'qual parte é essa', 'que movimento é esse', 'qual movimento é esse', 'qual é esse movimento', 'como chama esse movimento', 'como se chama esse movimento',
      'qual o nome desse movimento', 'qual o nome desse', 'o que a gente tá fazendo', 'o que estamos fazendo', 'em que passo estamos', 'qual passo é esse', 'que passo é esse',
      'em que movimento estamos', 'me lembra onde estamos', 'pra que serve esse movimento',
    ]),
  },
  {
    name: IntentName.TimeLeft,
    samples: () => around([
      'quanto falta', 'quanto ainda falta', 'falta quanto', 'falta muito', 'ainda falta muito', 'falta pouco', 'quanto tempo falta', 'quanto tempo ainda', 'quanto tempo mais',
      'quantos minutos faltam', 'quantos movimentos faltam', 'quantos passos faltam', 'quantas partes faltam', 'quantos faltam', 'tá acabando', 'já tá acabando', 'tá terminando',
      'tá quase', 'tá quase acabando', 'já acabou', 'é o último', 'esse é o último', 'é o último movimento', 'esse é o último movimento', 'o que falta', 'o que ainda falta',
      'quanto tempo dura', 'quanto tempo leva', 'quanto tempo demora', 'quanto dura a massagem', 'quanto tempo dura a massagem', 'quanto tempo leva a massagem', 'quanto tempo dura essa',
      'vai demorar muito', 'ainda demora', 'já tá no fim',
    ]),
  },
];

/** "cólica", "da cólica", "pra cólica": a routine's purpose with the little words Brazilians put before it. */
const purpose = (words: readonly string[]) => words.flatMap((w) => [w, `de ${w}`, `pra ${w}`, `para ${w}`]);

const ROUTINE_VALUES: Readonly<Record<Exclude<RoutineId, `just-${string}` | LessonId>, { name: string; synonyms: string[] }>> = {
  full: {
    name: 'completa',
    synonyms: [
      'completo', 'inteira', 'a completa', 'a inteira', 'do corpo todo', 'no corpo todo', 'do corpo inteiro', 'no corpo inteiro', 'corpo todo', 'corpo inteiro', 'shantala', 'a shantala',
      'shantala completa', 'a shantala completa', 'massagem shantala', 'de shantala', 'tradicional', 'de sempre', 'longa', 'a longa', 'a mais longa', 'toda', 'tudo',
    ],
  },
  colic: {
    name: 'cólica',
    synonyms: [
      ...purpose(['cólica', 'cólicas', 'gases', 'gás', 'a cólica', 'as cólicas', 'os gases', 'barriga estufada', 'dor de barriga', 'intestino preso', 'prisão de ventre', 'soltar gases', 'arrotar', 'aliviar a cólica', 'aliviar os gases', 'bebê com cólica']).filter((w) => w !== 'cólica'),
      'da cólica', 'das cólicas', 'dos gases', 'pros gases', 'pra aliviar a cólica', 'pra aliviar os gases', 'alívio da cólica', 'anticólica', 'contra cólica', 'contra a cólica', 'contra gases',
    ],
  },
  bedtime: {
    name: 'hora de dormir',
    synonyms: [
      ...purpose(['dormir', 'sono', 'ninar', 'relaxar', 'acalmar', 'relaxar antes de dormir', 'acalmar antes de dormir', 'ajudar a dormir', 'ajudar ela a dormir', 'ajudar ele a dormir', 'ajudar o bebê a dormir', 'ela dormir', 'ele dormir', 'o bebê dormir', 'fazer dormir', 'dormir melhor', 'pegar no sono']),
      'da hora de dormir', 'de antes de dormir', 'antes de dormir', 'pra antes de dormir', 'da noite', 'de noite', 'noturna', 'do sono', 'soninho', 'do soninho', 'de relaxamento',
    ],
  },
  newborn: {
    name: 'recém-nascido',
    synonyms: [
      'recém nascido', 'do recém nascido', 'do recém-nascido', 'de recém nascido', 'de recém-nascido', 'pra recém nascido', 'pra recém-nascido', 'para recém nascido', 'para recém-nascido',
      'para recém-nascidos', 'pra recém-nascidos', 'de recém-nascidos', 'do bebê novinho', 'pra bebê novinho', 'de bebê novinho', 'primeira', 'a primeira', 'primeira massagem', 'a primeira massagem',
      'de iniciante', 'pra iniciante', 'de bebê pequenininho', 'pra bebê pequenininho', 'do neném novinho',
      ...['uma', 'duas', 'três', 'quatro', 'cinco', 'seis'].flatMap((n) => [`de bebê de ${n} semana${n === 'uma' ? '' : 's'}`, `pra bebê de ${n} semana${n === 'uma' ? '' : 's'}`, `de ${n} semana${n === 'uma' ? '' : 's'}`]),
    ],
  },
  quick: {
    name: 'rápida',
    synonyms: ['curta', 'curtinha', 'rapidinho', 'bem rápida', 'mais curta', 'mais rápida', 'a rápida', 'a curta', 'a curtinha', 'a mais curta', 'expressa', 'de cinco minutos', 'de poucos minutos', 'pequena', 'mini', 'breve'],
  },
};

/** Each part's nouns, with gender and number, for its articled forms. */
const PART_NOUNS: Readonly<Record<MassagePart, readonly (readonly [string, boolean, boolean])[]>> = {
  legs: [['pernas', true, true], ['perna', true, false], ['perninhas', true, true], ['pés', false, true], ['pé', false, false], ['pezinhos', false, true], ['pernas e pés', true, true], ['pernas e os pés', true, true], ['coxas', true, true], ['dedinhos do pé', false, true]],
  tummy: [['barriga', true, false], ['barriguinha', true, false], ['pancinha', true, false], ['abdômen', false, false], ['barrigão', false, false]],
  chest: [['peito', false, false], ['peitinho', false, false], ['tórax', false, false]],
  arms: [['braços', false, true], ['braço', false, false], ['bracinhos', false, true], ['mãos', true, true], ['mão', true, false], ['mãozinhas', true, true], ['braços e mãos', false, true], ['braços e as mãos', false, true], ['dedinhos da mão', false, true]],
  face: [['rosto', false, false], ['rostinho', false, false], ['carinha', true, false], ['testa', true, false], ['bochechas', true, true], ['cabeça', true, false], ['cabecinha', true, false]],
  back: [['costas', true, true], ['costinhas', true, true], ['coluna', true, false], ['ombros', false, true], ['bumbum', false, false]],
  movements: [['movimentos', false, true], ['movimentos suaves', false, true], ['movimentos finais', false, true], ['alongamentos', false, true], ['exercícios', false, true], ['bicicletinha', true, false], ['bicicleta', true, false]],
};

const PART_NAMES: Readonly<Record<MassagePart, string>> = { legs: 'pernas', tummy: 'barriga', chest: 'peito', arms: 'braços', face: 'rosto', back: 'costas', movements: 'movimentos suaves' };

export const routineSlotTypes: readonly SlotTypeSource<PortugueseVocabulary>[] = [
  { name: ROUTINE_SLOT_TYPE, values: () => Object.entries(ROUTINE_VALUES).map(([id, v]) => ({ id, ...v })) },
  {
    name: PART_SLOT_TYPE,
    values: () =>
      (Object.keys(PART_NOUNS) as MassagePart[]).map((id) => ({
        id,
        name: PART_NAMES[id],
        synonyms: [...new Set(PART_NOUNS[id].flatMap(([noun, feminine, plural]) => articled(noun, feminine, plural)))].filter((w) => w !== PART_NAMES[id]),
      })),
  },
];

/**
 * Routines by what they are for ("alguma coisa pra cólica", "tem massagem pra dormir", "qual serve pra
 * gases"): the purpose words are the routine's synonyms, and these are the carriers around them.
 */
const BY_PURPOSE = [
  'alguma coisa {routine}', 'algo {routine}', 'tem alguma coisa {routine}', 'tem algo {routine}', 'tem massagem {routine}', 'tem alguma massagem {routine}', 'tem uma massagem {routine}',
  'você tem massagem {routine}', 'você tem alguma massagem {routine}', 'tem uma {routine}', 'qual massagem é {routine}', 'qual é a massagem {routine}', 'qual massagem serve {routine}',
  'qual serve {routine}', 'uma que seja {routine}', 'quero algo {routine}', 'preciso de algo {routine}', 'preciso de uma massagem {routine}', 'me ajuda com massagem {routine}',
];
