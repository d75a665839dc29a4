import type { MassagePart, RoutineId } from '../../routine/types';
import { stemsWith } from '../understand';
import type { CommandKind, Cues, StatementKind } from '../understand';
import type { BenefitTopic, SafetyTopic } from '../topics';

/**
 * A rough Portuguese stem, so that "barriguinha" meets "barriga", "chorando" meets "choro" and
 * "vacinou" meets "vacina": accents out, then a plural, a diminutive, a verb ending (-ando, -ado,
 * -ar, -ou...) and a final vowel. Rough on purpose: both the cues and what parents say go through it.
 */
export function stem(word: string): string {
  let w = word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  // Plural: "injeções" injecao, "meses" mes, "fraldas" fralda, "pés" pe.
  if (w === 'pes') return 'pe';
  if (w.length > 4 && w.endsWith('oes')) w = `${w.slice(0, -3)}ao`;
  else if (w.length > 4 && /[rsz]es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  // Diminutive: "barriguinha" barrig, "mãozinha" mao, "dedinho" ded.
  let small = false;
  if (w.length > 6 && /zinh[oa]$/.test(w)) {
    w = w.slice(0, -5);
    small = true;
  } else if (w.length > 6 && /inh[oa]$/.test(w)) {
    w = w.slice(0, -4);
    small = true;
  }
  if (small) {
    if (w.endsWith('gu')) w = w.slice(0, -1);
    else if (w.endsWith('qu')) w = `${w.slice(0, -2)}c`;
    return w;
  }
  // Verb endings: "chorando", "mamada", "vacinou", "dormir" lose them.
  if (w.length >= 7 && /(ando|endo|indo)$/.test(w)) return w.slice(0, -4);
  if (w.length >= 6 && /(ado|ada|ido|ida)$/.test(w)) return w.slice(0, -3);
  if (w.length >= 5 && /(ou|eu|iu)$/.test(w)) return w.slice(0, -2);
  if (w.length >= 5 && /(ar|er|ir)$/.test(w)) return w.slice(0, -2);
  // A final vowel: "perna" pern, "choro" chor, "dente" dent.
  if (w.length > 3 && /[aoe]$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Portuguese words as the classifier compares them (content/understand.ts takes it as its stemmer). */
export const portugueseStems = stemsWith(stem);

/**
 * The words Brazilian parents use for each question topic (content/understand.ts matches them against a
 * question in their own words). Listed most specific first: a tie goes to the earlier topic.
 */
export const QUESTION_CUES: Cues<BenefitTopic | SafetyTopic> = [
  ['postnatal', ['pós-parto', 'pos parto', 'depois do parto', 'desde o parto', 'depois que ele nasceu', 'depois que ela nasceu', 'puerpério', 'depressão', 'deprimida', 'ansiosa', 'ansiedade', 'triste', 'tristeza', 'pra baixo', 'para baixo', 'baby blues', 'saúde mental', 'meu humor', 'não tô dando conta', 'não estou dando conta', 'sobrecarregada', 'esgotada', 'exausta']],
  ['hips', ['quadril', 'quadris', 'displasia', 'suspensório', 'pavlik', 'órtese', 'perna torta', 'estalo no quadril']],
  ['hernia', ['hérnia', 'umbigo', 'umbilical', 'coto', 'cordão umbilical']],
  ['soft-spot', ['moleira', 'fontanela', 'parte mole', 'topo da cabeça', 'alto da cabeça', 'cabeça', 'cabecinha']],
  ['skin', ['eczema', 'dermatite', 'pele ressecada', 'pele seca', 'pele sensível', 'ressecada', 'ressecamento', 'brotoeja', 'assadura', 'alergia', 'manchinha', 'espinha', 'acne', 'crosta láctea', 'caspa', 'bolinha', 'irritação na pele', 'pele']],
  ['premature', ['prematuro', 'prematura', 'prematuridade', 'prematurinho', 'antes do tempo', 'semanas antes', 'nasceu cedo', 'uti neonatal', 'uti', 'utin', 'pré-termo', 'canguru']],
  ['vaccinations', ['vacina', 'vacinas', 'vacinação', 'vacinou', 'vacinar', 'depois da vacina', 'dia da vacina', 'injeção', 'picada', 'imunização']],
  ['newborn', ['recém-nascido', 'recém nascida', 'rn', 'uma semana', 'semana de vida', 'dias de vida', 'dias de nascido', 'dias de nascida', 'acabou de nascer', 'novinho', 'novinha', 'bem pequenininho']],
  ['oil', ['óleo', 'azeite', 'coco', 'amêndoa', 'amêndoas', 'girassol', 'mostarda', 'semente de uva', 'creme', 'hidratante', 'loção', 'vaselina', 'manteiga', 'calêndula', 'óleo mineral', 'essencial', 'essenciais', 'lubrificar']],
  ['feeding', ['mamar', 'mamada', 'mamou', 'mamadeira', 'amamentar', 'amamentação', 'dar o peito', 'leite', 'acabou de comer', 'barriga cheia', 'estômago cheio', 'depois de mamar', 'depois da mamada', 'depois da mamadeira', 'papinha', 'fórmula']],
  ['bath', ['banho', 'banhar', 'banheira', 'tomar banho', 'balde']],
  ['sleeping', ['ele dormindo', 'ela dormindo', 'bebê dormindo', 'massagear dormindo', 'enquanto dorme', 'dormir no meio', 'dorme no meio', 'pegar no sono', 'pegou no sono', 'no meio da massagem', 'cochilando', 'cochilo', 'soneca', 'adormecer', 'adormeceu', 'sonolento', 'sonolenta']],
  ['how-often', ['quantas vezes', 'vezes por dia', 'vezes por semana', 'por semana', 'todo dia', 'todos os dias', 'toda noite', 'toda manhã', 'frequência', 'diariamente', 'uma vez por dia', 'duas vezes']],
  ['how-long', ['quanto tempo', 'quantos minutos', 'minutos', 'duração', 'durar', 'dura', 'demorar', 'demora', 'quanto dura']],
  ['age', ['idade', 'até que idade', 'quantos meses', 'com quantos meses', 'a partir de quando', 'quando posso começar', 'quando começar', 'até quando', 'um ano', 'dois anos', 'bebê maior', 'criança maior', 'muito novo', 'muito nova', 'muito pequeno', 'muito pequena', 'engatinhando', 'andando', 'parar de fazer']],
  ['others', ['pai', 'papai', 'marido', 'esposa', 'companheiro', 'companheira', 'parceiro', 'avó', 'avô', 'vovó', 'vovô', 'babá', 'tia', 'tio', 'madrinha', 'padrinho', 'irmão', 'irmã', 'outra pessoa', 'alguém', 'família', 'sogra', 'mãe', 'mamãe', 'cuidadora', 'professora']],
  ['pressure', ['pressão', 'força', 'apertar', 'apertando', 'aperto', 'forte', 'fraco', 'machucar', 'machuca', 'doer', 'dói', 'firme', 'leve', 'levinho', 'suave', 'muito forte', 'quanta força']],
  ['setting', ['quarto', 'ambiente', 'temperatura do quarto', 'lugar', 'toalha', 'chão', 'cama', 'trocador', 'sofá', 'tapete', 'roupa', 'tirar a roupa', 'pelado', 'pelada', 'frio', 'calor', 'ar condicionado', 'ventilador', 'melhor hora', 'melhor horário', 'que horário', 'que horas', 'onde eu faço', 'onde fazer']],
  ['crying', ['chora', 'chorar', 'choro', 'chorando', 'não gosta', 'odeia', 'irrita', 'irritado', 'irritada', 'reclama', 'resmunga', 'grita', 'berra', 'esperneia', 'não curte', 'não aceita', 'se incomoda']],
  ['when-not', ['febre', 'febril', 'temperatura', 'doente', 'doentinho', 'resfriado', 'resfriada', 'gripe', 'gripado', 'gripada', 'tosse', 'virose', 'diarreia', 'icterícia', 'amarelinho', 'amarelo', 'machucado', 'hematoma', 'roxo', 'corte', 'quando não', 'não devo', 'não fazer', 'contraindicação', 'contraindicado', 'seguro', 'teste do pezinho', 'exame de sangue']],
  ['reflux', ['refluxo', 'golfa', 'golfar', 'golfando', 'golfada', 'gorfa', 'gorfar', 'regurgita', 'regurgitar', 'regurgitação', 'vomita', 'vômito']],
  ['digestion', ['cólica', 'gases', 'gás', 'pum', 'flatulência', 'intestino', 'intestino preso', 'prisão de ventre', 'constipação', 'cocô', 'digestão', 'barriga inchada', 'barriga estufada', 'estufado', 'dor de barriga', 'arroto', 'arrotar', 'sentido horário', 'anti-horário', 'pra que lado', 'para que lado', 'que direção', 'qual direção', 'qual sentido', 'que sentido', 'lado', 'direção']],
  // A resposta dos dentes cobre também o nariz entupido (os mesmos movimentos do rosto).
  ['teething', ['dente', 'dentinho', 'dentição', 'dor de dente', 'gengiva', 'nariz entupido', 'nariz trancado', 'congestão', 'congestionado', 'catarro', 'sinusite']],
  ['breathing', ['respiração', 'respirar', 'asma', 'pulmão', 'pulmões', 'chiado', 'bronquite', 'fôlego']],
  ['immunity', ['imunidade', 'imune', 'imunológico', 'defesa', 'adoecer', 'menos doente', 'fica doente', 'infecção', 'infecções']],
  ['brain', ['cérebro', 'cerebral', 'inteligente', 'inteligência', 'esperto', 'esperta', 'desenvolvimento', 'desenvolver', 'neurológico', 'aprender', 'aprendizado', 'cognitivo', 'mielinização']],
  ['growth', ['peso', 'ganhar peso', 'engordar', 'crescer', 'crescimento', 'cresce', 'tônus', 'músculo', 'musculatura']],
  ['bonding', ['criar vínculo', 'fortalecer o vínculo', 'fortalece o vínculo', 'vínculo', 'laço', 'apego', 'aproxima', 'aproximar', 'conexão', 'ligação', 'afeto', 'carinho', 'mais próximos']],
  ['relaxation', ['relaxar', 'relaxa', 'relaxamento', 'calmo', 'calma', 'acalma', 'acalmar', 'tranquilo', 'tranquila', 'estresse', 'estressado', 'agitado', 'agitada']],
  ['awareness', ['consciência corporal', 'coordenação', 'coordenação motora', 'percepção', 'equilíbrio', 'sentidos', 'noção do corpo', 'motor', 'motora']],
  ['circulation', ['circulação', 'sangue', 'sanguínea', 'oxigenação', 'oxigênio']],
  ['autonomy', ['permissão', 'licença', 'pedir licença', 'consentimento', 'autonomia', 'respeito', 'perguntar pro bebê']],
  ['sleep', ['sono', 'dormir', 'dormir melhor', 'dorme melhor', 'a noite toda', 'noite', 'hora de dormir', 'antes de dormir', 'insônia', 'acorda muito', 'acorda de noite']],
];

/**
 * What parents say about the baby, by what the guide does about it (guide/statements.ts). Soluço,
 * espirro and virar o rosto are signs of enough for now; a held finger, sorrisos and gracinhas are
 * signs of yes; a fralda, a mamada or a golfada all mean: see to the baby, the place is kept; dentes
 * nascendo are comforted like crying.
 */
export const STATEMENT_CUES: Cues<StatementKind> = [
  ['fever', ['febre', 'febril', 'temperatura', 'quente', 'quentinho demais', 'pelando', 'queimando']],
  ['jaundice', ['icterícia', 'amarelo', 'amarela', 'amarelinho', 'amarelinha', 'amarelado', 'amarelada']],
  ['hiccups', ['soluço', 'soluçando', 'soluçar', 'espirro', 'espirrando', 'espirrou', 'espirrar']],
  ['unwell', ['doente', 'doentinho', 'resfriado', 'resfriada', 'gripado', 'gripada', 'gripe', 'tosse', 'tossindo', 'nariz escorrendo', 'coriza', 'catarro', 'nariz entupido', 'virose', 'diarreia', 'dor de ouvido', 'não tá bem', 'não está bem', 'abatido', 'abatida', 'molinho', 'vacina', 'vacinou', 'tomou vacina', 'injeção', 'eczema', 'dermatite', 'alergia', 'brotoeja', 'assadura', 'irritação na pele', 'machucado']],
  ['feeding', ['fome', 'faminto', 'faminta', 'mamar', 'mamada', 'mamadeira', 'peito', 'amamentar', 'leite', 'chupando a mão', 'chupando o dedo', 'procurando o peito', 'dar de mamar', 'hora de mamar', 'hora da mamada']],
  ['needs', ['fralda', 'trocar', 'trocar a fralda', 'cocô', 'cocozinho', 'xixi', 'fez xixi', 'fez cocô', 'fralda cheia', 'sujou', 'molhou', 'molhado', 'vomitou', 'vômito', 'vomitando', 'golfou', 'golfada', 'golfando', 'gorfou', 'regurgitou', 'precisa de mim', 'quer colo', 'quer colinho', 'pegar no colo']],
  ['asleep', ['dormiu', 'adormeceu', 'pegou no sono', 'apagou', 'tá dormindo', 'está dormindo', 'caiu no sono', 'capotou', 'dormindo']],
  ['tired', ['sono', 'com sono', 'sonolento', 'sonolenta', 'cansado', 'cansada', 'cansou', 'bocejando', 'bocejo', 'bocejou', 'esfregando os olhos', 'esfregando o olho', 'coçando o olho', 'quer dormir', 'olho pesado', 'quase dormindo', 'caindo de sono', 'morrendo de sono']],
  ['crying', ['chorando', 'chora', 'choro', 'chorou', 'chorar', 'choramingando', 'resmungando', 'irritado', 'irritada', 'irritadinho', 'manhoso', 'manhosa', 'birra', 'gritando', 'berrando', 'inquieto', 'inquieta', 'nervoso', 'nervosa', 'bravo', 'brava', 'emburrado', 'dente', 'dentinho', 'dentes nascendo', 'babando', 'mordendo', 'gengiva']],
  ['dislikes', ['não gosta', 'não tá gostando', 'não está gostando', 'não gostou', 'odeia', 'odiando', 'virando o rosto', 'virou o rosto', 'virando a cara', 'virou a cara', 'olhando pro lado', 'olhando para o lado', 'arqueando', 'arqueou', 'arqueia', 'ficou vermelho', 'ficou vermelha', 'vermelhinho', 'ficou pálido', 'ficou pálida', 'manchado', 'manchada', 'punho fechado', 'mão fechada', 'fechou a mão', 'empurrando minha mão', 'puxando a perna', 'puxando o braço', 'não quer', 'recusando']],
  ['happy', ['sorrindo', 'sorriu', 'sorriso', 'rindo', 'riu', 'risada', 'gargalhada', 'gostando', 'gosta', 'gostou', 'adorando', 'adora', 'amando', 'curtindo', 'feliz', 'felizinho', 'calmo', 'calma', 'calminho', 'tranquilo', 'tranquila', 'relaxado', 'relaxada', 'balbuciando', 'gracinha', 'conversando', 'barulhinho', 'olhando pra mim', 'segurando meu dedo', 'pegou meu dedo', 'agarrou meu dedo', 'segurando minha mão', 'pegou minha mão', 'apertando meu dedo', 'acordou', 'acordado', 'acordada', 'bem', 'tudo bem', 'melhorou', 'se acalmou', 'acalmou']],
  ['moving', ['virou', 'virou de bruços', 'de bruços', 'rolou', 'rolando', 'rolar', 'se mexendo', 'mexendo', 'se mexe', 'não para quieto', 'não para quieta', 'para quieto', 'para quieta', 'fica parado', 'fica parada', 'fica quieto', 'fica quieta', 'não sossega', 'sossega', 'engatinhando', 'engatinhou', 'saiu da toalha', 'fugindo', 'se contorcendo', 'contorcendo', 'esperneando', 'chutando', 'se virando']],
  ['wind', ['cólica', 'gases', 'gás', 'gasinho', 'pum', 'soltou pum', 'arroto', 'arrotou', 'barriga estufada', 'barriga inchada', 'estufada', 'estufado', 'intestino preso', 'prisão de ventre', 'constipado', 'constipada', 'dor de barriga', 'sem fazer cocô']],
];

/**
 * Body parts inside words Alexa could not resolve as a part ("o rosto, ela não gosta", "a barriga, ela
 * acabou de mamar"): the part a parent named, whatever they said around it.
 */
export const PART_CUES: Cues<MassagePart> = [
  ['movements', ['movimentos', 'movimento suave', 'movimentos finais', 'alongamento', 'esticar', 'exercício', 'bicicleta', 'pedalar', 'pedalinho']],
  ['legs', ['perna', 'perninha', 'pé', 'pezinho', 'coxa', 'tornozelo', 'joelho', 'dedo do pé', 'dedinho do pé']],
  ['tummy', ['barriga', 'barriguinha', 'pancinha', 'abdômen', 'abdome', 'umbigo']],
  ['chest', ['peito', 'peitinho', 'tórax', 'peitoral']],
  ['arms', ['braço', 'bracinho', 'mão', 'mãozinha', 'dedinho', 'dedo', 'punho']],
  ['face', ['rosto', 'rostinho', 'cara', 'carinha', 'testa', 'bochecha', 'cabeça', 'nariz', 'queixo']],
  ['back', ['costas', 'costinhas', 'coluna', 'ombro', 'bumbum']],
];

/**
 * The guide's commands inside other words: "pera, o que ela falou", "bora, próximo", "volta o último".
 * Longer cues win over shorter ones ("começa de novo" over "de novo").
 */
export const COMMAND_CUES: Cues<CommandKind> = [
  ['start-over', ['começa de novo', 'começar de novo', 'recomeça', 'recomeçar', 'do começo', 'do início', 'desde o início', 'pro início', 'para o início', 'reinicia', 'reiniciar', 'tudo de novo']],
  ['previous', ['volta', 'voltar', 'anterior', 'o de antes', 'o último de novo', 'volta um']],
  ['repeat', ['repete', 'repetir', 'repita', 'de novo', 'outra vez', 'mais uma vez', 'fala de novo', 'não entendi', 'não ouvi', 'como é que é', 'hein']],
  ['pause', ['pausa', 'pausar', 'espera', 'espere', 'peraí', 'pera', 'segura', 'um minuto', 'um momento', 'um segundo', 'momentinho', 'minutinho', 'só um pouco', 'dá um tempo', 'para um pouco']],
  ['resume', ['continua', 'continuar', 'retoma', 'retomar', 'voltei', 'já voltei', 'estamos prontos', 'estamos prontas', 'voltamos']],
  ['next', ['próximo', 'próxima', 'seguinte', 'passa', 'pode passar', 'já fiz', 'terminei', 'feito', 'pronto', 'e agora', 'vem agora', 'o que vem', 'e depois']],
];

/**
 * Routines by what they are for, inside words Alexa could not resolve as a routine ("ela tem cólica,
 * qual massagem", "a de dormir"). Read only when the words are not a question (QUESTION_STARTS): a
 * question never starts a routine. Shantala is the full massage.
 */
export const ROUTINE_CUES: Cues<Exclude<RoutineId, `just-${string}`>> = [
  ['newborn', ['recém-nascido', 'recém nascida', 'semanas', 'dias de vida', 'bebê novinho', 'novinho', 'novinha', 'primeira massagem', 'bem pequeno']],
  ['bedtime', ['dormir', 'sono', 'soninho', 'hora de dormir', 'antes de dormir', 'noite', 'ninar', 'sonolento']],
  ['colic', ['cólica', 'gases', 'gás', 'pum', 'barriga estufada', 'intestino preso', 'prisão de ventre', 'dor de barriga', 'arrotar']],
  ['quick', ['rápida', 'rápido', 'rapidinho', 'curta', 'curtinha', 'cinco minutos', 'pouco tempo', 'com pressa', 'breve']],
  ['full', ['completa', 'completo', 'inteira', 'corpo todo', 'corpo inteiro', 'tudo', 'shantala']],
];

/**
 * Words near a topic without being about it: a question that has them and no cue ("posso usar talco?")
 * has no answer of its own, and this topic is offered as the nearest.
 */
export const NEARBY_WORDS: Cues<BenefitTopic | SafetyTopic> = [
  ['oil', ['talco', 'pó', 'sabonete', 'lenço umedecido', 'xampu', 'pomada', 'produto', 'perfume']],
  ['setting', ['música', 'cantar', 'canção', 'luz', 'escuro', 'unha', 'anel', 'anéis', 'aliança', 'celular', 'televisão', 'barulho', 'silêncio']],
  ['bath', ['piscina', 'natação', 'água', 'chuveiro', 'ofurô']],
  ['brain', ['falar', 'linguagem', 'palavras', 'conversar', 'olho no olho']],
  ['others', ['creche', 'berçário', 'gêmeos', 'aula', 'curso', 'instrutora']],
  ['when-not', ['cirurgia', 'operação', 'quebrou', 'fratura', 'remédio', 'medicamento', 'hospital', 'internado']],
  ['age', ['meses', 'engatinhar', 'andar', 'sentar', 'ano']],
  ['crying', ['manhoso', 'irritado', 'agitado', 'inquieto']],
];

/** Words too common to say what a question is about ("posso fazer isso com o meu bebê?"), as stems. */
export const COMMON_WORDS: readonly string[] = [
  'o', 'a', 'os', 'as', 'um', 'uma', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'nos', 'nas', 'pro', 'pra', 'para', 'por', 'com', 'sem', 'que', 'e', 'ou',
  'eu', 'você', 'ele', 'ela', 'eles', 'elas', 'meu', 'minha', 'seu', 'sua', 'dele', 'dela', 'nosso', 'nossa', 'bebê', 'bebês', 'neném', 'nenê', 'filho', 'filha',
  'massagem', 'massagens', 'massagear', 'shantala', 'posso', 'pode', 'podemos', 'poder', 'devo', 'deve', 'deveria', 'qual', 'quais', 'quanto', 'quando', 'onde',
  'como', 'quem', 'porque', 'por que', 'isso', 'isto', 'esse', 'essa', 'este', 'esta', 'aquilo', 'tem', 'ter', 'tá', 'está', 'estar', 'é', 'ser', 'foi', 'era',
  'fazer', 'faço', 'faz', 'fiz', 'feito', 'ok', 'tudo', 'bom', 'boa', 'bem', 'mal', 'ajuda', 'ajudar', 'precisa', 'preciso', 'usar', 'uso', 'mais', 'menos',
  'muito', 'muita', 'pouco', 'depois', 'antes', 'durante', 'ainda', 'já', 'só', 'também', 'então', 'aqui', 'ali', 'agora', 'sempre', 'nunca', 'não', 'sim',
  'coisa', 'jeito', 'saber', 'sei', 'quero', 'querer', 'acho', 'dizer', 'fala', 'outro', 'outra', 'mesmo', 'mesma', 'se', 'me', 'te', 'lhe', 'normal', 'certo',
].map(stem);

/** How a question starts: words that begin with one are asked, and never start a routine. */
export const QUESTION_STARTS: readonly string[] = [
  'posso', 'pode', 'podemos', 'poderia', 'devo', 'deve', 'deveria', 'é', 'qual', 'quais', 'quanto', 'quanta', 'quantos', 'quantas', 'como', 'quando', 'onde', 'por',
  'porque', 'porquê', 'será', 'serve', 'funciona', 'ajuda', 'quem', 'existe', 'vale',
];
