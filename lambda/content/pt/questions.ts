import { Questions } from '../types';
import { classifiersFor } from '../understand';
import * as understanding from './understanding';
import { PortugueseVocabulary } from './vocabulary';

/**
 * Answers to the questions Brazilian parents ask aloud, graded by the evidence in
 * lambda/content/topics.ts and written in our own words, as a pediatra would say them:
 * - "pesquisas sugerem" / "estudos sugerem" only where the grade is 'research' (bonding, sleep,
 *   weight gain in premature babies in hospital, a mother's mood);
 * - elsewhere "alguns pais percebem", "algumas famílias sentem", or plainly that there is little research;
 * - never that massage cures, treats or prevents anything;
 * - health answers end with the short not-medical-advice line (added by the handler).
 */
export function questions(words: PortugueseVocabulary): Questions {
  const asked: Questions = {
    benefits: {
      sleep: {
        evidence: 'research',
        health: true,
        sentences: [
          'Pesquisas sugerem que a massagem pode ajudar alguns bebês a dormir melhor.',
          'Num estudo pequeno, a massagem da mãe antes de dormir ajudou os bebês a entrar mais cedo no ritmo do dia e da noite.',
          'Os estudos são pequenos, mas uma massagem curta e calma antes de dormir é uma coisa gostosa de experimentar.',
        ],
      },
      bonding: {
        evidence: 'research',
        health: true,
        sentences: [
          'É aqui que as pesquisas sugerem que a massagem mais ajuda: ela pode aproximar você e o bebê, com mais olho no olho, sorrisos e conversa.',
          'Estudos viram mães que estavam tristes interagindo com mais carinho com os bebês, e pais que fazem a massagem se sentindo mais próximos e menos estressados.',
          'E é também um tempo tranquilo juntos, seja quem for que esteja em casa.',
        ],
      },
      relaxation: {
        evidence: 'mixed',
        health: true,
        sentences: [
          'Alguns pais percebem o bebê mais calmo e tranquilo depois da massagem.',
          'Alguns estudos pequenos viram os hormônios do estresse caírem depois, mas as evidências são limitadas.',
          'Sua voz calma e o seu toque são uma grande parte disso.',
        ],
      },
      digestion: {
        evidence: 'mixed',
        health: true,
        sentences: [
          'Alguns pais percebem que os movimentos na barriga, no sentido horário, e os joelhinhos na barriga ajudam o bebê com gases.',
          `Os estudos sobre cólica têm resultados divergentes: num deles, a massagem não ajudou mais do que um ${words.cot} que vibra de leve, e quase não há pesquisa sobre intestino preso em bebês.`,
          'A massagem da cólica aqui leva uns nove minutos; deixe a barriga de fora logo depois da mamada.',
        ],
      },
      reflux: {
        evidence: 'none',
        health: true,
        sentences: [
          'Os estudos não olharam para a massagem no refluxo, então não há nada que mostre que ela ajuda.',
          'Golfar é comum e costuma melhorar com o tempo. Deixe os movimentos da barriga para bem depois da mamada, e experimente as pernas ou as costas.',
          'Se o bebê golfa muito, parece sentir dor ou não está ganhando peso, leve para avaliar.',
        ],
      },
      teething: {
        evidence: 'none',
        health: true,
        sentences: [
          'Há pouca pesquisa sobre massagem para os dentinhos nascendo ou para o nariz entupido.',
          'Alguns pais percebem que circulinhos ao longo da mandíbula, ou toques leves nas bochechas, acalmam, e massagear a gengiva dolorida com um dedo limpo é um conforto comum.',
        ],
      },
      breathing: {
        evidence: 'not-for-babies',
        health: true,
        sentences: [
          'O estudo que muita gente cita foi com crianças de 4 a 14 anos com asma, não com bebês, então ele não diz nada sobre bebês.',
          'Não há pesquisa mostrando que a massagem muda a respiração do bebê.',
        ],
      },
      immunity: {
        evidence: 'little',
        health: true,
        sentences: [
          'Há pouca pesquisa sobre isso.',
          'Um estudo com bebês prematuros no hospital viu um tipo de célula de defesa ficar mais ativo, mas esses bebês não tiveram menos infecções.',
          'Então não é algo para esperar da massagem.',
        ],
      },
      brain: {
        evidence: 'little',
        health: true,
        sentences: [
          'Há pouca pesquisa sobre isso, e os estudos não mostraram que a massagem muda o aprendizado ou o desenvolvimento de bebês saudáveis.',
          'Alguns estudos pequenos com bebês prematuros viram o cérebro amadurecer mais rápido, o que está longe de ser uma prova.',
          'A conversa, as músicas e o olho no olho que vêm com a massagem fazem bem para qualquer bebê.',
        ],
      },
      growth: {
        evidence: 'research',
        health: true,
        sentences: [
          'Para um bebê que nasceu antes do tempo, converse antes com a equipe que cuida dele.',
          'Pesquisas sugerem um possível benefício só para bebês prematuros: em alguns estudos no hospital, os bebês massageados ganharam peso um pouco mais rápido e tiveram alta antes.',
          'Para bebês saudáveis em casa, há pouca pesquisa mostrando que a massagem muda o crescimento ou o tônus muscular.',
        ],
      },
      awareness: {
        evidence: 'none',
        health: false,
        sentences: [
          'Não há pesquisa direta sobre consciência corporal ou coordenação.',
          'Mas dizer o nome de cada parte enquanto massageia, sua perna, seus dedinhos, sua barriguinha, faz da massagem um momento lindo de brincadeira e de primeiras palavras.',
        ],
      },
      circulation: {
        evidence: 'none',
        health: true,
        sentences: [
          'Não há estudos com bebês mostrando que a massagem melhora a circulação ou a oxigenação.',
          'O melhor dela é a proximidade e a calma que ela traz para vocês dois.',
        ],
      },
      autonomy: {
        evidence: 'value',
        health: false,
        sentences: [
          'Pedir licença ao bebê, e esperar a resposta dele, está no centro da massagem para bebês.',
          'Se ele vira o rosto ou reclama, você para, e isso mostra a ele, desde o começo, que o corpo é dele.',
          'É um valor, não uma promessa de saúde.',
        ],
      },
    },

    safety: {
      'when-not': {
        evidence: 'practice',
        health: true,
        sentences: [
          'Não faça a massagem se o bebê estiver com febre, parecer doente, ou tiver irritação na pele, feridas ou eczema com secreção.',
          `Espere uns dois dias depois das ${words.jabs}, evite logo depois da mamada, e nunca massageie um bebê dormindo ou muito choroso.`,
          `Deixe a barriga de fora se ele estiver com diarreia, e fale antes com ${words.healthProfessional} depois de uma cirurgia ou fratura, ou se ele estiver com icterícia.`,
        ],
      },
      vaccinations: {
        evidence: 'practice',
        health: true,
        sentences: [
          `Espere pelo menos 48 horas depois das ${words.jabs} para massagear, e fique longe do lugar da picada até ele melhorar.`,
          `Fazer a massagem antes das ${words.jabs} não tem problema.`,
        ],
      },
      feeding: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Espere uns 45 minutos depois da mamada, para a barriguinha se acomodar.',
          'Bebê com fome também não aproveita, então escolha um momento calmo e acordado entre as mamadas.',
        ],
      },
      oil: {
        evidence: 'practice',
        health: true,
        sentences: [
          'O óleo é opcional, e a pesquisa sobre óleos é incerta: num estudo grande no Nepal, óleo de girassol e de mostarda fizeram pouca diferença na pele, e o de girassol é o mais estudado.',
          'Se for usar, escolha um óleo vegetal sem perfume, de preferência prensado a frio e comestível, porque o bebê leva a mão à boca, e teste antes num pedacinho da pele.',
          'Evite óleo de castanhas, azeite e óleo aquecido ou quente, nada de óleos essenciais antes dos seis meses, e com o recém-nascido espere pelo menos um mês.',
          'Nunca coloque óleo no nariz, na boca ou nos ouvidos do bebê, deixe o rosto sem óleo, e massageie no chão: bebê com óleo escorrega.',
        ],
      },
      'how-long': {
        evidence: 'practice',
        health: false,
        sentences: [
          'Comece com uns cinco minutos, como a massagem da hora de dormir ou a do recém-nascido aqui, e vá aumentando até a completa, uns vinte e oito minutos, se o bebê estiver gostando.',
          'Você pode parar a qualquer momento: siga os sinais do bebê.',
        ],
      },
      'how-often': {
        evidence: 'practice',
        health: false,
        sentences: [
          'Uma vez por dia já é bastante, se o bebê gostar, e algumas vezes por semana também está ótimo.',
          'Para um bebê com gases, a massagem da cólica pode ser feita duas ou três vezes por dia, por umas duas semanas.',
        ],
      },
      sleeping: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Bebê dormindo, deixe dormir: a massagem precisa dele acordado e calmo, para ele poder dizer sim ou não.',
          'Se ele pegar no sono no meio da massagem, tudo bem: pare aí, e continue outro dia.',
        ],
      },
      age: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Um toque suave pode ser feito desde o nascimento, e não há idade em que você precise parar.',
          'Espere pelo menos um mês para usar óleo. Muitos cursos de Shantala começam por volta das quatro a seis semanas.',
        ],
      },
      newborn: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Pode, com delicadeza. No recém-nascido, uma massagem curta, uns cinco ou seis minutos, com toque levíssimo, até por cima da roupa ou no colo: a primeira massagem daqui é exatamente isso.',
          'O recém-nascido costuma proteger a barriga, a parte de dentro das coxas e as palminhas, então no começo contorne essas partes, e evite o coto do umbigo até cicatrizar.',
          'Deixe o óleo para depois de pelo menos um mês.',
        ],
      },
      premature: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Para um bebê que nasceu antes do tempo, converse antes com a equipe que cuida dele: a massagem costuma começar perto da data prevista do parto.',
          'Até lá, muitos prematuros preferem um toque parado e firme, como uma mão apoiada neles, do que deslizar.',
        ],
      },
      crying: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Se o bebê chorar, virar o rosto ou arquear as costas, é um não, por agora: pare, pegue no colo e acalme.',
          'Tente outro dia, talvez mais curto, com outra pressão, ou só as pernas: diga só as pernas para começar essa.',
          'Muitos bebês levam algumas semanas para aprender a gostar.',
        ],
      },
      others: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Pode sim. O pai, os avós e outras pessoas que cuidam do bebê sempre podem fazer, e muitos acham um jeito lindo de se aproximar.',
          'Os irmãos mais velhos também podem ajudar, com toques suaves nas pernas ou nas costas, com você bem do lado.',
        ],
      },
      bath: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Tanto faz. Depois de um banho morno, muitos bebês ficam relaxados, e a toalha já está à mão.',
          'Só garanta que o ambiente esteja quentinho.',
        ],
      },
      setting: {
        evidence: 'practice',
        health: false,
        sentences: [
          `Um lugar quentinho e sem vento, luz suave, uma toalha no chão e uma ${words.nappy} limpa por perto.`,
          `Tire a roupa do bebê, deixando só a ${words.nappy}, ou deixe o ${words.vest} se o ambiente estiver fresco ou se ele for bem novinho.`,
          'Lave e aqueça as mãos, mantenha as unhas curtas, e tire anéis e pulseiras.',
        ],
      },
      pressure: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Não há relato de mal causado por uma massagem suave em bebês, e um toque macio mas firme é melhor do que um levinho demais, que faz cócegas.',
          'Uma boa medida: aperte a sua própria pálpebra fechada até ficar só um pouco desconfortável, depois alivie, e no rosto vá ainda mais leve.',
          'Nunca pressione a moleira nem a coluna, e fique longe do lugar de uma vacina.',
        ],
      },
      hips: {
        evidence: 'practice',
        health: true,
        sentences: [
          'O quadril do bebê ainda está se formando, então nunca puxe nem force as pernas a ficarem retas: deixe que elas dobrem para cima e para fora, e se estiquem sozinhas.',
          'Nos movimentos das pernas, segure a perna solta e deslize, sem puxar.',
          'Se o bebê tem displasia do quadril e usa suspensório ou órtese, pergunte à equipe que cuida do quadril antes de fazer as pernas e os movimentos, e faça o resto.',
        ],
      },
      skin: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Dá para massagear em volta de áreas ressecadas, com um pouco de óleo vegetal puro e sem perfume, se o bebê não reagir ao teste na pele.',
          'Deixe de fora a pele com irritação, feridas abertas, manchas roxas ou eczema com secreção, e massageie as partes que estão bem.',
          `Se a dermatite estiver piorando, ou se tiver dúvida sobre um creme ou óleo, fale antes com ${words.healthProfessional}.`,
        ],
      },
      'soft-spot': {
        evidence: 'practice',
        health: true,
        sentences: [
          'A moleira no alto da cabeça é bem protegida, e um toque leve não faz mal, mas nunca pressione.',
          'Nos movimentos do rosto, fique na testa, nas bochechas e em volta das orelhas, com toque levíssimo.',
        ],
      },
      hernia: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Com hérnia umbilical, cuidado redobrado na barriga: movimentos leves e contornando o umbigo, sem nunca pressionar.',
          'Até o coto do umbigo cair e a região cicatrizar, deixe o umbigo totalmente de fora.',
          `Se o caroço ficar duro, dolorido ou mudar de cor, isso é para ${words.healthProfessional} ver na hora, não para massagem.`,
        ],
      },
      postnatal: {
        evidence: 'research',
        health: true,
        sentences: [
          'Sinto muito que esteja sendo difícil. Pesquisas sugerem que cursos de massagem para bebês podem aliviar um pouco a tristeza da mãe e aproximar os pais do bebê, mas isso não substitui cuidado.',
          'Se a tristeza ou a ansiedade já duram mais de duas semanas, por favor fale com o seu médico, com a sua obstetra ou no posto de saúde: é comum, e tem tratamento.',
          'E seja gentil com você: alguns minutos de massagem juntos já bastam.',
        ],
      },
    },

    benefitsOverview: {
      evidence: 'research',
      health: true,
      sentences: [
        'Pesquisas sugerem que o benefício mais claro é a proximidade: a massagem pode ajudar no vínculo entre você e o bebê, e alguns estudos viram um sono melhor.',
        'Em alguns estudos no hospital, bebês prematuros ganharam peso um pouco mais rápido.',
        'Para outras promessas, como cólica ou imunidade, as evidências são fracas.',
      ],
    },
    safetyOverview: {
      evidence: 'practice',
      health: true,
      sentences: [
        'A massagem suave é segura para a maioria dos bebês, e as pesquisas não relataram nenhum mal.',
        `Não faça se o bebê estiver doente, com febre ou irritação na pele, ou se tomou ${words.jabs} nos últimos dois dias, e nunca vá além do que ele aceita bem.`,
      ],
    },
    ...classifiersFor(understanding, understanding.portugueseStems, () => asked),
    unknownTopic: 'Desculpe, sobre isso eu não tenho informação.',
    topicList:
      'Você pode me perguntar sobre benefícios, como sono, vínculo, cólica, refluxo ou dentes nascendo, ' +
      'e sobre segurança, como óleos, vacinas, recém-nascidos, quanto tempo ou quantas vezes massagear, ou quando não fazer.',
    notMedicalAdvice: `Isto não é orientação médica: fale com ${words.healthProfessional}.`,
    carryOn: 'Vamos continuar a massagem?',
    carryOnVariants: ['Podemos continuar?', 'Vamos voltar para a massagem?'],
    startOffer: 'Quer começar uma massagem?',
    routineOffer: 'Quer experimentar {routine}?',
    topicNames: TOPIC_NAMES,
    nearestOffer: 'Sobre isso exatamente, eu não tenho resposta. O mais próximo que eu tenho é sobre {topic}. Quer ouvir?',
  };
  return asked;
}

/** What each topic is called in a sentence ("O mais próximo que eu tenho é sobre os óleos"). */
const TOPIC_NAMES: Questions['topicNames'] = {
  sleep: 'massagem e sono',
  bonding: 'massagem e vínculo',
  relaxation: 'massagem e um bebê mais calmo',
  digestion: 'massagem para cólica e gases',
  reflux: 'massagem e refluxo',
  teething: 'massagem para os dentinhos nascendo',
  breathing: 'massagem e respiração',
  immunity: 'massagem e imunidade',
  brain: 'massagem e o desenvolvimento do bebê',
  growth: 'massagem e ganho de peso',
  awareness: 'massagem e consciência corporal',
  circulation: 'massagem e circulação',
  autonomy: 'pedir licença ao bebê',
  'when-not': 'quando não fazer a massagem',
  vaccinations: 'massagem e vacinas',
  feeding: 'massagem e mamadas',
  oil: 'os óleos',
  'how-long': 'quanto tempo massagear',
  'how-often': 'quantas vezes massagear',
  sleeping: 'bebê com sono ou dormindo',
  age: 'até que idade massagear',
  newborn: 'massagem no recém-nascido',
  premature: 'bebês prematuros',
  crying: 'bebê que chora ou não gosta',
  others: 'quem mais pode fazer a massagem',
  bath: 'massagem e hora do banho',
  setting: 'como preparar o ambiente e as mãos',
  pressure: 'quanta pressão usar',
  hips: 'o quadril e a displasia do quadril',
  skin: 'pele ressecada, irritação e dermatite',
  'soft-spot': 'a moleira',
  hernia: 'hérnia umbilical',
  postnatal: 'o humor da mãe depois do parto',
};
