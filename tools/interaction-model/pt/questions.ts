import { IntentName, SlotName } from '../../../lambda/alexa/intents';
import { BENEFIT_SLOT_TYPE, BenefitTopic, SAFETY_SLOT_TYPE, SafetyTopic } from '../../../lambda/content/topics';
import { PortugueseVocabulary } from '../../../lambda/content/pt/vocabulary';
import { IntentSource, SlotTypeSource } from '../types';
import { articled } from './fillers';

/**
 * Questions Brazilian parents ask aloud, mid-massage or not ("qual óleo eu uso", "ajuda na cólica",
 * "posso fazer depois da vacina"). The slot's words map to the topic ids the handlers answer; words no
 * value knows still reach the handler, and the skill's classifier (content/pt/understanding.ts) places them.
 */
export const questionIntents: readonly IntentSource<PortugueseVocabulary>[] = [
  {
    name: IntentName.Benefits,
    slots: [{ name: SlotName.Topic, type: BENEFIT_SLOT_TYPE }],
    samples: () => [
      ...['a massagem', 'massagem', 'a shantala', 'shantala', 'a massagem no bebê', 'massagem de bebê'].flatMap((m) => [
        `${m} ajuda {topic}`, `${m} ajuda mesmo {topic}`, `${m} ajuda o bebê {topic}`, `${m} serve {topic}`, `${m} é boa {topic}`, `${m} faz bem {topic}`, `${m} melhora {topic}`,
        `${m} fortalece {topic}`, `${m} deixa o bebê {topic}`, `${m} funciona {topic}`, `${m} aumenta {topic}`, `${m} diminui {topic}`, `${m} alivia {topic}`,
      ]),
      'ajuda {topic}', 'ajuda mesmo {topic}', 'ajuda o bebê {topic}', 'ajuda ela {topic}', 'ajuda ele {topic}', 'serve {topic}', 'é bom {topic}', 'é boa {topic}', 'faz bem {topic}',
      'melhora {topic}', 'fortalece {topic}', 'deixa o bebê {topic}', 'deixa ele {topic}', 'deixa ela {topic}', 'funciona {topic}', 'alivia {topic}', 'diminui {topic}', 'aumenta {topic}',
      'e pra {topic}', 'e para {topic}', 'e pra {topic} ajuda', 'e pra {topic} funciona', 'e {topic} ajuda', 'ajuda ou não {topic}', 'tem evidência {topic}', 'tem prova {topic}',
      'o que a massagem faz {topic}', 'é verdade que ajuda {topic}', 'ouvi dizer que ajuda {topic}', 'por que pedir {topic}', 'pra que serve {topic}',
      'quais os benefícios', 'quais são os benefícios', 'quais os benefícios da massagem', 'quais os benefícios da shantala', 'quais são os benefícios da shantala',
      'quais são os benefícios da massagem', 'quais os benefícios da massagem no bebê', 'pra que serve a massagem', 'pra que serve a shantala', 'para que serve a shantala',
      'a massagem funciona mesmo', 'a shantala funciona mesmo', 'funciona mesmo', 'isso funciona mesmo', 'tem comprovação', 'tem comprovação científica', 'o que dizem as pesquisas',
      'por que fazer massagem no bebê', 'por que fazer shantala', 'o que a massagem faz pelo bebê', 'o que a shantala faz', 'quais as vantagens da massagem', 'a massagem faz bem',
    ],
  },
  {
    name: IntentName.Safety,
    slots: [{ name: SlotName.Topic, type: SAFETY_SLOT_TYPE }],
    samples: () => [
      'posso usar {topic}', 'pode usar {topic}', 'dá pra usar {topic}', 'devo usar {topic}', 'qual {topic} eu uso', 'qual {topic} usar', 'qual {topic} eu posso usar', 'qual {topic} é melhor',
      'qual o melhor {topic}', 'qual é o melhor {topic}', 'que {topic} eu uso', 'que {topic} usar', 'precisa de {topic}', 'precisa usar {topic}', 'posso passar {topic}', 'pode passar {topic}',
      'posso fazer {topic}', 'pode fazer {topic}', 'dá pra fazer {topic}', 'posso fazer massagem {topic}', 'pode fazer massagem {topic}', 'posso fazer a massagem {topic}', 'posso massagear {topic}',
      'pode massagear {topic}', 'posso massagear ele {topic}', 'posso massagear ela {topic}', 'posso massagear o bebê {topic}', 'posso fazer shantala {topic}', 'pode fazer shantala {topic}',
      'é seguro {topic}', 'é seguro fazer massagem {topic}', 'é seguro fazer {topic}', 'faz mal {topic}', 'tem problema {topic}', 'pode ser {topic}', 'tudo bem {topic}',
      'e {topic}', 'e {topic} pode', 'e {topic} pode fazer', 'e se {topic}', 'o que eu faço {topic}', 'o que fazer {topic}', 'e quando {topic}',
      ...['ela tem', 'ele tem', 'ela tá com', 'ele tá com', 'ela está com', 'ele está com', 'meu bebê tem', 'meu bebê tá com', 'o bebê tem', 'o bebê tá com'].flatMap((who) => [`${who} {topic} pode`, `${who} {topic} pode fazer`, `${who} {topic} posso fazer`, `${who} {topic} pode fazer massagem`, `${who} {topic} posso massagear`, `${who} {topic} tem problema`, `${who} {topic} faz mal`]),
      '{topic} pode', '{topic} pode fazer', '{topic} posso fazer', '{topic} pode fazer massagem', '{topic} posso fazer massagem', '{topic} pode fazer shantala', '{topic} posso massagear',
      '{topic} pode massagear', '{topic} é bom', '{topic} é seguro', '{topic} pode ajudar', '{topic} pode fazer a massagem', '{topic} pode fazer também', '{topic} ainda pode', '{topic} eu faço a massagem',
      '{topic} eu faço', '{topic} devo fazer', '{topic} posso começar', '{topic} deve durar a massagem', '{topic} deve durar', '{topic} de massagem', '{topic} por dia',
      'quanto tempo {topic}', 'quanto tempo {topic} eu posso massagear', 'quanto tempo {topic} posso fazer', 'quanto tempo {topic} pode', 'até {topic} posso fazer', 'até que {topic} posso fazer',
      'até que {topic} pode', 'com {topic} posso começar', 'a partir de {topic} posso fazer', 'massagem {topic} pode', 'como eu faço {topic}', 'qual a {topic}', 'qual a {topic} certa',
      'massagem é segura', 'a massagem é segura', 'a shantala é segura', 'é seguro fazer massagem no bebê', 'é seguro', 'tem algum risco', 'o que eu preciso saber de segurança',
    ],
  },
  {
    name: IntentName.Question,
    slots: [{ name: SlotName.Question, type: 'AMAZON.SearchQuery' }],
    // AMAZON.SearchQuery's rules: a carrier phrase in every sample, one SearchQuery slot, nothing else beside it.
    samples: () => [
      ...[...QUESTION_CARRIERS, ...QUESTION_HEADS.flatMap((head) => QUESTION_CARRIERS.map((carrier) => `${head} ${carrier}`))].map((carrier) => `${carrier} {question}`),
      ...QUESTION_TAILS.map((tail) => `{question} ${tail}`),
    ],
  },
];

type Value<T extends string> = { readonly id: T; readonly name: string; readonly synonyms: readonly string[] };

/** A topic from its nouns (with gender and number, each in its articled forms) and its other phrases. */
function topic<T extends string>(id: T, name: string, nouns: readonly (readonly [string, boolean, boolean])[], phrases: readonly string[]): Value<T> {
  const synonyms = [...new Set([...nouns.flatMap(([noun, feminine, plural]) => articled(noun, feminine, plural)), ...phrases])].filter((w) => w !== name);
  return { id, name, synonyms };
}

/** A verb phrase as it follows "ajuda": "a dormir", "dormir". */
const verbs = (phrases: readonly string[]) => phrases.flatMap((p) => [p, `a ${p}`]);

const BENEFIT_VALUES: readonly Value<BenefitTopic>[] = [
  topic('sleep', 'sono', [['sono', false, false], ['soninho', false, false], ['insônia', true, false]], [
    ...verbs(['dormir', 'dormir melhor', 'dormir mais', 'dormir a noite toda', 'pegar no sono', 'o bebê dormir', 'ela dormir', 'ele dormir', 'dormir mais rápido']), 'no sono do bebê', 'a noite toda', 'na hora de dormir',
  ]),
  topic('bonding', 'vínculo', [['vínculo', false, false], ['laço', false, false], ['apego', false, false], ['conexão', true, false], ['ligação', true, false], ['relação', true, false], ['afeto', false, false], ['confiança', true, false]], [
    'vínculo com o bebê', 'no vínculo com o bebê', 'o vínculo com o bebê', 'vínculo com o pai', 'o vínculo com o pai', 'vínculo com a mãe', 'o vínculo com a mãe', 'na relação com o bebê',
    ...verbs(['criar vínculo', 'aproximar', 'aproximar a gente', 'nos aproximar', 'aproximar pai e bebê']), 'a gente', 'aproxima a gente',
  ]),
  topic('relaxation', 'relaxamento', [['relaxamento', false, false], ['calma', true, false], ['estresse', false, false], ['choro', false, false], ['ocitocina', true, false], ['irritação', true, false]], [
    ...verbs(['relaxar', 'acalmar', 'acalmar o bebê', 'ficar calmo', 'ficar calma', 'ficar mais tranquilo', 'ficar mais tranquila', 'chorar menos']), 'mais calmo', 'mais calma', 'mais tranquilo',
    'mais tranquila', 'ele mais tranquilo', 'ela mais tranquila', 'o bebê mais calmo', 'o bebê mais tranquilo', 'endorfina',
  ]),
  topic('digestion', 'cólica', [['cólica', true, false], ['cólicas', true, true], ['gases', false, true], ['gás', false, false], ['intestino', false, false], ['intestino preso', false, false], ['digestão', true, false], ['prisão de ventre', true, false], ['constipação', true, false], ['dor de barriga', true, false], ['barriga estufada', true, false], ['cocô', false, false]], [
    ...verbs(['fazer cocô', 'soltar gases', 'soltar pum', 'arrotar', 'o intestino funcionar', 'funcionar o intestino']), 'bebê com cólica', 'bebê com gases', 'cólica de bebê',
  ]),
  topic('reflux', 'refluxo', [['refluxo', false, false], ['regurgitação', true, false], ['golfada', true, false], ['vômito', false, false]], [
    'bebê que golfa', 'bebê que golfa muito', 'bebê que regurgita', 'quem golfa', 'golfar', 'a golfar menos', 'golfar menos', 'refluxo do bebê',
  ]),
  topic('teething', 'dentição', [['dentição', true, false], ['dentes', false, true], ['dentinhos', false, true], ['gengiva', true, false], ['nariz entupido', false, false], ['congestão', true, false], ['catarro', false, false]], [
    'dente nascendo', 'os dentes nascendo', 'dentinho nascendo', 'nascimento dos dentes', 'quando o dente tá nascendo', 'quando os dentes estão nascendo', 'dor de dente', 'nariz trancado',
  ]),
  topic('breathing', 'respiração', [['respiração', true, false], ['asma', true, false], ['pulmão', false, false], ['bronquite', true, false]], [...verbs(['respirar', 'respirar melhor'])]),
  topic('immunity', 'imunidade', [['imunidade', true, false], ['sistema imunológico', false, false], ['defesas', true, true], ['infecções', true, true], ['imunológico', false, false]], [
    'menos doente', 'o bebê menos doente', ...verbs(['ficar menos doente', 'adoecer menos']), 'o bebê adoecer menos',
  ]),
  topic('brain', 'desenvolvimento', [['desenvolvimento', false, false], ['cérebro', false, false], ['inteligência', true, false], ['aprendizado', false, false], ['sistema nervoso', false, false], ['desenvolvimento do cérebro', false, false], ['desenvolvimento neurológico', false, false], ['mielinização', true, false]], [
    'mais inteligente', 'o bebê mais inteligente', 'mais esperto', 'mais esperta', ...verbs(['aprender', 'desenvolver']),
  ]),
  topic('growth', 'crescimento', [['crescimento', false, false], ['peso', false, false], ['ganho de peso', false, false], ['tônus muscular', false, false], ['músculos', false, true], ['força', true, false]], [
    ...verbs(['ganhar peso', 'engordar', 'crescer', 'o bebê crescer', 'o bebê ganhar peso']),
  ]),
  topic('awareness', 'consciência corporal', [['consciência corporal', true, false], ['coordenação', true, false], ['coordenação motora', true, false], ['equilíbrio', false, false], ['sentidos', false, true], ['desenvolvimento motor', false, false], ['linguagem', true, false], ['primeiras palavras', true, true]], [
    ...verbs(['engatinhar', 'conhecer o corpo', 'perceber o corpo']),
  ]),
  topic('circulation', 'circulação', [['circulação', true, false], ['circulação sanguínea', true, false], ['oxigenação', true, false]], ['o sangue circular', 'fluxo de sangue']),
  topic('autonomy', 'autonomia', [['autonomia', true, false], ['permissão', true, false], ['licença', true, false], ['consentimento', false, false], ['respeito', false, false]], [
    'pedir licença', 'pedir permissão', 'licença pro bebê', 'permissão pro bebê', 'pedir licença pro bebê',
  ]),
];

const SAFETY_VALUES: readonly Value<SafetyTopic>[] = [
  topic('when-not', 'quando não fazer', [['febre', true, false], ['gripe', true, false], ['tosse', true, false], ['diarreia', true, false], ['icterícia', true, false], ['virose', true, false]], [
    'com febre', 'doente', 'com ele doente', 'com ela doente', 'gripado', 'gripada', 'com ele gripado', 'com ela gripada', 'resfriado', 'resfriada', 'com ele resfriado', 'com ela resfriada',
    'se ele estiver resfriado', 'se ela estiver resfriada', 'se ele estiver doente', 'se ela estiver doente', 'se ele estiver gripado', 'se ela estiver gripada', 'com tosse', 'com diarreia',
    'com icterícia', 'com virose', 'quando não', 'quando não fazer massagem', 'não fazer', 'não fazer massagem', 'quando não devo fazer', 'quando não devo fazer massagem', 'quando não pode',
    'doentinho', 'doentinha', 'com o bebê doente', 'machucado', 'com machucado', 'depois de cirurgia', 'com fratura',
  ]),
  topic('vaccinations', 'vacina', [['vacina', true, false], ['vacinas', true, true], ['injeção', true, false], ['vacinação', true, false]], [
    'depois da vacina', 'depois das vacinas', 'após a vacina', 'após as vacinas', 'no dia da vacina', 'antes da vacina', 'depois de vacinar', 'depois que vacinou', 'depois da injeção',
    'quando toma vacina', 'quando ele toma vacina', 'quando ela toma vacina', 'logo depois da vacina', 'na semana da vacina',
  ]),
  topic('feeding', 'mamada', [['mamada', true, false], ['mamadeira', true, false], ['amamentação', true, false]], [
    'mamar', 'depois de mamar', 'depois da mamada', 'logo depois da mamada', 'logo depois de mamar', 'depois da mamadeira', 'logo depois da mamadeira', 'depois de comer', 'de barriga cheia',
    'com a barriga cheia', 'depois do leite', 'antes de mamar', 'antes da mamada', 'depois que mamou', 'melhor horário', 'o melhor horário', 'melhor hora', 'a melhor hora',
  ]),
  topic('oil', 'óleo', [['óleo', false, false], ['óleos', false, true], ['azeite', false, false], ['creme', false, false], ['hidratante', false, false], ['creme hidratante', false, false], ['loção', true, false], ['vaselina', true, false],
    ['óleo de coco', false, false], ['óleo de amêndoas', false, false], ['óleo de amêndoa', false, false], ['óleo de girassol', false, false], ['óleo mineral', false, false], ['óleo de bebê', false, false], ['óleo vegetal', false, false],
    ['óleo essencial', false, false], ['óleos essenciais', false, true], ['óleo de semente de uva', false, false], ['óleo de mostarda', false, false], ['manteiga', true, false]], [
    'sem óleo', 'algum óleo', 'que óleo', 'qual óleo', 'óleo johnson', 'hidratante de bebê', 'creme de bebê',
  ]),
  topic('how-long', 'quanto tempo', [['duração', true, false]], ['quantos minutos', 'por quanto tempo', 'tempo', 'minutos', 'quantos minutos de massagem', 'quanto tempo de massagem']),
  topic('how-often', 'quantas vezes', [['frequência', true, false]], [
    'quantas vezes por dia', 'quantas vezes por semana', 'com que frequência', 'todo dia', 'todos os dias', 'toda noite', 'uma vez por dia', 'duas vezes por dia', 'mais de uma vez por dia', 'diariamente', 'vezes',
  ]),
  topic('sleeping', 'dormindo', [], [
    'ele dormindo', 'ela dormindo', 'o bebê dormindo', 'com ele dormindo', 'com ela dormindo', 'enquanto dorme', 'enquanto ele dorme', 'enquanto ela dorme', 'se ela dormir', 'se ele dormir',
    'se ela dormir no meio', 'se ele dormir no meio', 'se dormir no meio', 'ela dormir no meio', 'ele dormir no meio', 'com sono', 'sonolento', 'sonolenta',
  ]),
  topic('age', 'idade', [['idade', true, false]], [
    'que idade', 'até que idade', 'quantos meses', 'com quantos meses', 'a partir de quantos meses', 'até quantos meses', 'até quando', 'a partir de quando', 'bebê de um ano', 'bebê grande',
    'criança maior', 'um ano', 'bebê de um ano ainda', 'meses', 'começar', 'quando começar', 'quando posso começar', 'bebê que já engatinha', 'bebê que já anda',
  ]),
  topic('newborn', 'recém-nascido', [['recém-nascido', false, false], ['recém nascido', false, false], ['recém-nascidos', false, true], ['bebê novinho', false, false]], [
    'em recém-nascido', 'em recém nascido', 'num recém-nascido', 'num recém nascido', 'bebê de uma semana', 'num bebê de uma semana', 'bebê de dias', 'bebê de duas semanas', 'bebê recém-nascido',
    'recém-nascida', 'numa recém-nascida', 'novinho', 'novinha', 'muito novinho',
  ]),
  topic('premature', 'prematuro', [['prematuro', false, false], ['prematura', true, false], ['prematuros', false, true], ['bebê prematuro', false, false]], [
    'em prematuro', 'num prematuro', 'num bebê prematuro', 'pré-termo', 'bebê que nasceu antes do tempo', 'nasceu antes do tempo', 'que nasceu antes do tempo', 'que nasceu cedo',
    'meu bebê foi prematuro', 'ele foi prematuro', 'ela foi prematura', 'foi prematuro', 'foi prematura', 'bebê da uti', 'depois da uti',
  ]),
  topic('crying', 'chorar', [['choro', false, false]], [
    'ele chorar', 'ela chorar', 'o bebê chorar', 'se ele chorar', 'se ela chorar', 'se o bebê chorar', 'chora', 'ele chora', 'ela chora', 'ele não gostar', 'ela não gostar', 'se ele não gostar',
    'se ela não gostar', 'não gostar', 'ela não gosta', 'ele não gosta', 'se irritar', 'ele se irritar', 'ela se irritar', 'arquear as costas', 'virar o rosto', 'odiar', 'reclamar', 'resmungar',
  ]),
  topic('others', 'outras pessoas', [['pai', false, false], ['papai', false, false], ['avó', true, false], ['avô', false, false], ['vovó', true, false], ['vovô', false, false], ['avós', false, true],
    ['babá', true, false], ['tia', true, false], ['tio', false, false], ['irmão', false, false], ['irmã', true, false], ['irmão mais velho', false, false], ['irmã mais velha', true, false], ['irmãos', false, true],
    ['madrinha', true, false], ['padrinho', false, false], ['sogra', true, false]], [
    'outra pessoa', 'outras pessoas', 'alguém', 'qualquer pessoa', 'meu marido', 'minha esposa', 'meu companheiro', 'minha companheira', 'minha mãe', 'minha sogra', 'a família', 'meu parceiro',
  ]),
  topic('bath', 'banho', [['banho', false, false]], ['depois do banho', 'antes do banho', 'antes ou depois do banho', 'na hora do banho', 'depois do banho ou antes', 'junto com o banho', 'hora do banho']),
  topic('setting', 'ambiente', [['ambiente', false, false], ['quarto', false, false], ['temperatura do quarto', true, false], ['toalha', true, false], ['roupa', true, false], ['lugar', false, false]], [
    'onde', 'em que lugar', 'na cama', 'no chão', 'no trocador', 'no sofá', 'no colo', 'tirar a roupa', 'sem roupa', 'de roupa', 'pelado', 'pelada', 'tirar a roupa dele', 'tirar a roupa dela',
    'com ar condicionado', 'no frio', 'temperatura', 'a temperatura', 'que temperatura',
  ]),
  topic('pressure', 'pressão', [['pressão', true, false], ['força', true, false]], [
    'quanta força', 'que força', 'muita força', 'muito forte', 'forte', 'fraco', 'apertar', 'apertar muito', 'machucar', 'machucar o bebê', 'machucar ele', 'machucar ela', 'doer', 'forte demais', 'leve demais',
  ]),
  topic('hips', 'quadril', [['quadril', false, false], ['displasia', true, false], ['displasia de quadril', true, false], ['displasia do quadril', true, false], ['órtese', true, false]], [
    'suspensório de pavlik', 'pavlik', 'suspensório', 'quadril dele', 'quadril dela', 'problema no quadril',
  ]),
  topic('skin', 'pele', [['pele', true, false], ['dermatite', true, false], ['eczema', false, false], ['pele seca', true, false], ['pele ressecada', true, false], ['brotoeja', true, false], ['assadura', true, false],
    ['alergia', true, false], ['pele sensível', true, false], ['acne', true, false], ['crosta láctea', true, false], ['manchinhas', true, true]], [
    'com dermatite', 'com eczema', 'com brotoeja', 'com assadura', 'com alergia', 'pele dele', 'pele dela',
  ]),
  topic('soft-spot', 'moleira', [['moleira', true, false], ['fontanela', true, false], ['cabeça', true, false], ['cabecinha', true, false]], ['topo da cabeça', 'alto da cabeça']),
  topic('hernia', 'hérnia', [['hérnia', true, false], ['hérnia umbilical', true, false], ['umbigo', false, false], ['coto', false, false], ['coto do umbigo', false, false], ['cordão umbilical', false, false]], []),
  topic('postnatal', 'depressão pós-parto', [['depressão', true, false], ['depressão pós-parto', true, false], ['tristeza', true, false], ['ansiedade', true, false], ['baby blues', false, false]], [
    'pós-parto', 'meu humor', 'minha saúde mental', 'tristeza pós-parto', 'puerpério',
  ]),
];

export const questionSlotTypes: readonly SlotTypeSource<PortugueseVocabulary>[] = [
  { name: BENEFIT_SLOT_TYPE, values: () => BENEFIT_VALUES },
  { name: SAFETY_SLOT_TYPE, values: () => SAFETY_VALUES },
];

/** How Brazilian parents start a question in their own words: the words before it (the classifier reads the rest). */
const QUESTION_CARRIERS = [
  'posso', 'pode', 'podemos', 'devo', 'deve', 'qual', 'quais', 'que', 'quanto', 'quanta', 'quantos', 'quantas', 'como', 'quando', 'onde', 'por que', 'porque', 'pra que', 'para que',
  'o que', 'será que', 'é', 'é verdade que', 'é normal', 'a massagem é', 'a massagem pode', 'a massagem faz', 'massagem é', 'a shantala é', 'a shantala pode', 'tô', 'eu tô', 'ando', 'tenho', 'eu tenho', 'estou', 'eu estou', 'me sinto',
  'tô me sentindo', 'ela vai', 'ele vai', 'dá pra', 'existe', 'tem como', 'me explica', 'me diz', 'me fala', 'queria saber', 'quero saber', 'tenho uma dúvida', 'uma dúvida',
  'uma pergunta', 'tira uma dúvida', 'você sabe', 'sabe se', 'ela pode', 'ele pode', 'o bebê pode', 'e no', 'e na', 'e quanto', 'e com',
];
/** Said before a question's carrier: "então, posso usar azeite?", "ah, e o pai pode?" */
const QUESTION_HEADS = ['então', 'ah', 'ok', 'tá', 'mas', 'olha', 'alexa'].filter((head) => head !== 'alexa');

/** Questions that end with their carrier: "ela tem dermatite, tem problema?" */
const QUESTION_TAILS = ['tem problema', 'faz mal', 'o que eu faço', 'é normal', 'tudo bem', 'é perigoso', 'dá pra fazer', 'ainda dá', 'o que fazer'];
