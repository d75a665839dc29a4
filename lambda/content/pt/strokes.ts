import { StepScript, pause } from '../types';
import { slowCount } from './count';
import { TEACHING, lessonSteps } from './lessons';
import { PortugueseVocabulary } from './vocabulary';

/**
 * Every step after the openings, by step id (content/pt/steps.ts has the openings and the rules every
 * script follows): the strokes of the Shantala as IAIM teaches them, in the words a Brazilian instructor
 * would use ("ordenha indiana", "moinho", "sol e lua").
 */
export function strokes(words: PortugueseVocabulary): Record<string, StepScript> {
  return { ...withTeaching(massageStrokes(words)), ...lessonSteps(words) };
}

/** The strokes of the massages, each with what a lesson adds when it teaches it. */
function withTeaching(scripts: Record<string, StepScript>): Record<string, StepScript> {
  return Object.fromEntries(Object.entries(scripts).map(([id, script]) => [id, TEACHING[id] ? { ...script, teach: TEACHING[id] } : script]));
}

function massageStrokes(words: PortugueseVocabulary): Record<string, StepScript> {
  const cuddle: StepScript = {
    name: 'O aconchego final',
    how: ['Traga o bebê para o colo, pele com pele, se quiser.'],
    practice: ['Respirem devagar, juntos.', pause(10), 'Sinta ele quentinho e relaxado.', pause(10), 'Só fique com ele.', pause(10)],
    connect: 'Agradeça ao bebê pela massagem.',
    watch: 'Agora ele pode querer mamar ou dormir. Siga o bebê.',
  };

  return {
    'leg-indian-milking': {
      name: 'Ordenha indiana',
      how: [
        'Comece por uma perna. Segure o tornozelo, envolva a coxa com a outra mão e deslize até o pé.',
        'Depois troque de mão, como quem puxa corda.',
      ],
      times: 'Umas três vezes.',
      practice: ['Da coxa até o pé.', pause(10), 'Troque a mão, e desça.', pause(10), 'Mais uma, lenta e contínua.', pause(9)],
      connect: 'Diga ao bebê: essa é sua perna.',
      watch: 'Perna durinha? Segure parada, balance de leve e diga: relaxa.',
    },

    // A ordenha do recém-nascido: ele protege a parte de dentro das coxas, então a mão fica por fora e abaixo.
    'newborn-leg-milking': {
      name: 'Ordenha indiana',
      how: [
        'Comece por uma perna. Segure o tornozelo, apoie a outra mão por fora da coxa e deslize até o pé. Só por fora e abaixo.',
        'Depois troque de mão, como quem puxa corda.',
      ],
      times: 'Umas três vezes.',
      practice: ['Por fora da coxa, até o pé.', pause(10), 'Troque a mão, e desça.', pause(10), 'Mais uma, lenta e contínua.', pause(9)],
      connect: 'Diga ao bebê: essa é sua perna.',
      watch: 'Perna durinha? Segure parada, balance de leve e diga: relaxa.',
    },

    'leg-hug-and-glide': {
      name: 'Abraço e deslize',
      how: [
        'Envolva o alto da coxa com as duas mãos. Aperte de leve e gire um pouquinho as mãos em sentidos opostos, descendo até o tornozelo.',
        'No joelho, mais suave.',
      ],
      times: 'Umas três vezes.',
      practice: ['Abrace, gire e deslize.', pause(10), 'Volte ao alto, e de novo.', pause(10), 'Mais uma, até o tornozelo.', pause(9)],
      connect: 'Uma cantiga suave combina aqui.',
      watch: 'Olhe o rostinho: testa franzida pede mais leveza.',
    },

    'foot-sole': {
      name: 'Polegar sobre polegar, e dedinhos',
      how: [
        'Segure o pé. Polegares se revezando, deslize pela sola, do calcanhar aos dedos.',
        'Depois role cada dedinho entre polegar e indicador, e deixe escorregar.',
      ],
      times: 'Três vezes, e cada dedinho uma vez.',
      practice: ['Polegar sobre polegar, do calcanhar aos dedos.', pause(11), 'Agora cada dedinho, do dedão em diante.', pause(15)],
      connect: 'Brinque: dedo mindinho, seu vizinho, pai de todos.',
      watch: 'Dedinhos encolhidos? Mais devagar, e deixe relaxar.',
    },

    'foot-top-and-ankle': {
      name: 'Pressões na sola, peito do pé e tornozelo',
      how: [
        'Pequenas pressões com o polegar pela sola toda e pela almofadinha do pé.',
        'Depois deslize no peito do pé, do tornozelo aos dedos, e faça circulinhos no ossinho do tornozelo.',
      ],
      times: 'Algumas de cada.',
      practice: ['Pressões pequenas, pela sola toda.', pause(10), 'Peito do pé, do tornozelo aos dedos.', pause(9), 'Circulinhos no tornozelo.', pause(9)],
      connect: 'Conte as pressões em voz alta.',
      watch: 'Se ele puxar o pé, solte, e volte com calma.',
    },

    'leg-swedish-milking': {
      name: 'Ordenha sueca e rolamento',
      how: [
        'Agora deslize no outro sentido, do tornozelo ao quadril, mão após mão.',
        'Depois role a perna soltinha entre as palmas, da coxa ao tornozelo.',
      ],
      times: 'Três vezes cada.',
      practice: ['Do tornozelo até o quadril.', pause(10), 'E de novo.', pause(8), 'Agora role, da coxa ao tornozelo.', pause(10), 'Mais uma, bem soltinha.', pause(8)],
      connect: 'Diga como as pernas dele são fortes.',
      watch: 'Nunca puxe nem torça o joelho. Perna tensa: só apoie a mão.',
    },

    'other-leg': {
      name: 'A outra perna',
      how: ['Os mesmos movimentos na outra perna. Eu vou falando cada um.'],
      practice: ['Apoie a mão nela.', pause(4)],
      connect: 'Diga cada parte: coxa, joelho, tornozelo, dedinhos.',
      watch: 'Se ele ficar agitado, diga: pula essa parte.',
    },

    'other-leg-one-stroke': {
      name: 'A outra perna',
      how: ['O mesmo movimento na outra perna. Eu vou falando.'],
      practice: ['Apoie a mão nela.', pause(4)],
      connect: 'Diga cada parte: coxa, joelho, tornozelo, dedinhos.',
      watch: 'Se ele ficar agitado, diga: pula essa parte.',
    },

    'legs-integration': {
      name: 'Círculos no bumbum e deslize longo',
      how: [
        'Mãos por baixo do bumbum, em círculos lentos.',
        'Depois deslize as duas mãos do quadril até os pés, num movimento só.',
      ],
      times: 'Alguns círculos, depois três deslizes.',
      practice: ['Círculos lentos.', pause(10), 'Deslize longo, até os pés.', pause(8), 'De novo.', pause(8), 'E mais um.', pause(6)],
      connect: 'Diga ao bebê: terminamos as pernas.',
      watch: 'Pele vermelha, pálida ou manchada, ou mãozinhas bem fechadas: já chega, enrole o bebê para aquecer.',
    },

    'tummy-water-wheel': {
      name: 'Moinho',
      how: [
        'Não logo após a mamada, e longe do umbigo até cicatrizar.',
        'Abaixo das costelas. Mãos como pás, uma após a outra, descem suaves das costelas ao pé da barriga.',
      ],
      times: 'Umas seis vezes.',
      practice: ['Uma pá, e outra.', pause(10), 'Bem devagar.', pause(10), 'Mão depois de mão.', pause(10)],
      connect: 'Converse: essa é sua barriguinha.',
      watch: 'Barriga tensa: mãos paradas até amolecer.',
    },

    'knees-up': {
      name: 'Joelhinhos na barriga',
      how: ['Segure as perninhas e leve os joelhos suavemente à barriga. Segure contando devagar até seis, depois estique.'],
      practice: ['Joelhos para cima, e segure.', ...slowCount(6), 'E estique.', pause(5)],
      watch: 'Nunca force além do conforto do bebê.',
    },

    'tummy-sun-and-moon': {
      name: 'Sol e lua',
      how: [
        'Sentido horário, olhando de cima: sobe pela direita do bebê, atravessa, desce pela esquerda dele.',
        'Uma mão faz o círculo inteiro: o sol. A outra segue com meio círculo, das dez às cinco do relógio: a lua.',
      ],
      times: 'Umas seis vezes.',
      practice: ['Círculo, e lua.', pause(11), 'Círculo, e lua.', pause(11), 'Devagar e constante.', pause(10)],
      connect: 'Cantarole algo lento.',
      watch: 'Soluço ou golfada: a barriga já teve o bastante. Pare e pegue no colo.',
    },

    'tummy-i-love-you': {
      name: 'Eu te amo',
      how: [
        'Três letras na barriga. I: descendo pela esquerda do bebê.',
        'L: abaixo das costelas, da direita do bebê para a esquerda, e descendo.',
        'U invertido: sobe pela direita do bebê, atravessa, desce pela esquerda.',
      ],
      times: 'Duas vezes.',
      practice: ['Eu.', pause(5), 'Te.', pause(6), 'Amo.', pause(6), 'E de novo. Eu, te, amo.', pause(15)],
      connect: 'Diga as palavras enquanto desenha.',
      watch: 'Soltou pum? É normal. Continue com delicadeza.',
    },

    'chest-open-book': {
      name: 'Livro aberto e borboleta',
      how: [
        'Mãos espalmadas juntas no meio do peito. Deslize para fora pelas costelas e volte contornando, como um coração.',
        'Borboleta: uma mão por vez, da lateral das costelas ao ombro oposto, e volta.',
      ],
      times: 'Três de cada.',
      practice: ['Abra o livro.', pause(10), 'E de novo.', pause(8), 'Borboleta, de um lado.', pause(9), 'E do outro.', pause(9)],
      connect: 'Olhe nos olhos do bebê.',
      watch: 'Bocejo ou olhar para longe: mãos paradas até ele olhar de volta.',
    },

    'arm-milking': {
      name: 'Axila e ordenha',
      how: [
        'Comece por um braço: toques suaves na axila.',
        'Depois segure o punho e deslize do ombro à mão, mão após mão. Depois, abraço e deslize.',
      ],
      times: 'Umas três vezes cada.',
      practice: ['Axila.', pause(6), 'Ordenha, do ombro até a mão.', pause(10), 'E de novo.', pause(8), 'Abraço e deslize.', pause(10)],
      connect: 'Diga: seu braço, seu cotovelo, sua mão.',
      watch: 'Braço grudado no peito: balance de leve e diga relaxa. Nunca puxe.',
    },

    'hand-palm-and-fingers': {
      name: 'Palma, dedinhos e punho',
      how: ['Abra a mãozinha com os polegares, da base da palma aos dedos. Role cada dedinho. Deslize nas costas da mão, e circule o punho.'],
      times: 'Três vezes, e cada dedinho uma vez.',
      practice: ['Abra a palma.', pause(9), 'Cada dedinho.', pause(11), 'Costas da mão.', pause(8), 'Círculos no punho.', pause(8)],
      connect: 'Conte os dedinhos em voz alta.',
      watch: 'Mão fechada é insegurança: deslize nas costas da mão e deixe abrir sozinha.',
    },

    'other-arm': {
      name: 'O outro braço',
      how: ['Termine este braço: do punho ao ombro, depois role entre as palmas.'],
      practice: ['Até o ombro.', pause(9), 'E role.', pause(8), 'Agora o outro braço. Eu vou falando.', pause(2)],
      after: ['Até o ombro, e role.', pause(12)],
      connect: 'Cante, se quiser.',
      watch: 'Limpe o óleo das mãozinhas antes que cheguem à boca.',
    },

    'face-forehead-and-nose': {
      name: 'Testa, sobrancelhas e bochechas',
      how: [
        'Aqui, seu toque mais leve.',
        'Pontas dos dedos do meio da testa às têmporas. Polegares pelas sobrancelhas, para fora. Depois do alto do nariz, descendo pelos lados e saindo pelas bochechas.',
      ],
      times: 'Três vezes cada.',
      practice: ['Testa, para os lados.', pause(9), 'Sobrancelhas.', pause(8), 'Nariz, e bochechas.', pause(9), 'Mais uma vez, os três.', pause(11)],
      connect: 'Sorria. O bebê está olhando você.',
      watch: 'Tem bebê que adora e bebê que não gosta. Se virar o rosto, pule o rosto hoje.',
    },

    'face-smile-and-jaw': {
      name: 'Sorriso, mandíbula e orelhas',
      how: [
        'Com os polegares, um sorriso acima do lábio de cima, depois abaixo do de baixo.',
        'Bem leve, circulinhos na articulação da mandíbula. Depois atrás das orelhas, e sob o queixo.',
      ],
      times: 'Três vezes cada.',
      practice: ['Sorriso em cima.', pause(8), 'Sorriso embaixo.', pause(8), 'Circulinhos na mandíbula.', pause(9), 'Orelhas, e queixo.', pause(9)],
      connect: 'Sorria de volta.',
      watch: 'Se ele virar o rosto, chega de rosto hoje.',
    },

    'back-back-and-forth': {
      name: 'Vai e vem',
      how: [
        'Fale sempre: agora ele não vê você.',
        'Mãos atravessadas nas costas, indo e vindo em sentidos opostos, descendo ao bumbum e subindo.',
        'Depois, o deslize: uma mão no bumbum, a outra desce da nuca.',
      ],
      times: 'Três vezes cada.',
      practice: ['Vai e vem, descendo.', pause(10), 'E subindo de novo.', pause(9), 'Deslize.', pause(8), 'E deslize.', pause(8)],
      connect: 'Converse baixinho.',
      watch: 'Se ele se incomodar de bruços, pare e pegue no colo.',
    },

    'back-circles-and-combing': {
      name: 'Círculos e pentear',
      how: [
        'Circulinhos com as pontas dos dedos dos lados da coluna, nunca sobre ela, dos ombros ao bumbum.',
        'Depois penteie de leve com as pontas dos dedos, costas e pernas abaixo.',
      ],
      times: 'Uma passada de círculos, depois três penteadas.',
      practice: ['Circulinhos.', pause(11), 'Descendo pelas costas.', pause(11), 'Agora penteie.', pause(8), 'Mais leve.', pause(6), 'Leve como uma pluma.', pause(6)],
      connect: 'Uma canção sussurrada combina aqui.',
      watch: 'Bebê sonolento: bem devagar, é hora de terminar logo.',
    },

    'gentle-movements': {
      name: 'Movimentos suaves',
      how: [
        'Devagar, brincando, nunca além do que o bebê quer.',
        'Cruze os bracinhos sobre o peito e abra bem. Depois junte um braço e a perna oposta sobre a barriga, e abra. Depois o outro par.',
      ],
      times: 'Três vezes cada.',
      practice: [
        'Cruze os braços, e abra bem.',
        pause(10),
        'Braço com a perna do outro lado, e abra. Depois o outro lado.',
        pause(12),
        'Joelhos para cima, e segure.',
        ...slowCount(6),
        'Estique. Agora pedale as perninhas devagar, e deixe esticarem sozinhas.',
        pause(11),
      ],
      connect: 'Brinque: preparar, apontar, esticar.',
      watch: 'Nunca force as pernas: se ele resistir, acompanhe, ou deixe.',
    },

    'closing-cuddle': cuddle,

    // O aconchego da massagem da cólica: quem veio direto pela abertura curta ouve aqui, uma vez, como
    // repetir a massagem (quem faz pela primeira vez já ouviu na preparação).
    'colic-closing': {
      ...cuddle,
      returning: {
        how: cuddle.how,
        practice: cuddle.practice,
        watch:
          'Para os gases, a massagem da cólica é feita duas ou três vezes por dia, por umas duas semanas. ' +
          `Se o choro continuar, ou se algo parecer errado, procure ${words.healthProfessional}.`,
      },
    },

    'once-more': {
      name: 'Mais uma vez',
      how: ['Os mesmos movimentos, um pouco mais devagar. Eu vou falando.'],
      practice: [],
      watch: 'Pare quando o bebê já tiver o bastante.',
    },

    'colic-round-two': {
      name: 'Segunda rodada',
      how: ['Os mesmos quatro movimentos de novo. Eu vou falando.'],
      practice: [],
      watch: 'Alguns bebês soltam gases agora. Continue com delicadeza, e pare quando ele tiver o bastante.',
    },

    'colic-round-three': {
      name: 'Última rodada',
      how: ['Os mesmos quatro movimentos, uma última vez. Eu vou falando.'],
      practice: [],
      watch: 'Termine com as mãos descansando na barriga.',
    },

    'bedtime-settle': {
      name: 'Acalmando para dormir',
      how: [`Uma mão parada nas costas, a outra na cabeça. Quando ele estiver sonolento, deite no ${words.cot}, de barriga para cima.`],
      practice: ['Mãos paradas.', pause(15), 'Respiração lenta.', pause(15), 'E descanse.', pause(10)],
      watch: 'Boa noite.',
    },
  };
}
