import { Line, StepScript, pause } from '../types';
import { safetyLines } from './safety';
import { PortugueseVocabulary } from './vocabulary';

/**
 * The course's own words (routine/lessons.ts): each lesson's opening, its reviews and practice passes,
 * and what a lesson adds the first time it teaches a stroke: the Shantala a part a week, as a class
 * would teach it.
 */
export function lessonSteps(words: PortugueseVocabulary): Record<string, StepScript> {
  const { check, setting, oil, checkInBrief } = safetyLines(words);
  const ask = 'Aqueça as mãos, mostre ao bebê e pergunte: posso fazer uma massagem em você?';
  const returning = (extra: string): StepScript['returning'] => ({
    how: [`${checkInBrief} ${extra}`, pause(2)],
    practice: ['Solte o ar devagar, aqueça as mãos e pergunte: posso fazer uma massagem em você?', pause(9)],
    watch: '',
  });
  const called = (name: string, how: string, watch: string): StepScript => ({ name, how: [how], practice: [], watch });
  /** The opening of lessons two to five: the full check for a first-timer, what today brings, the asking. */
  const later = (today: string, watch: string, todayInBrief = today): StepScript => ({
    name: 'Preparação',
    how: [check, setting, oil, today],
    practice: ['Solte os ombros e solte o ar devagar.', pause(8), ask, pause(10), 'Espere o sim.', pause(6)],
    watch,
    returning: returning(todayInBrief),
  });

  return {
    // A primeira semana ensina o começo: relaxar, pedir licença e ler a resposta. Sempre completa.
    'lesson-1-opening': {
      name: 'Boas-vindas ao curso',
      how: [
        'Em cinco aulas, uma por semana se quiser, você aprende a Shantala inteira, parte por parte, e pratica em casa entre as aulas.',
        check,
        setting,
        oil,
        'Hoje: como começar, e depois pernas e pés. O bebê já está acostumado ao toque ali: é o lugar mais fácil para começar.',
      ],
      practice: [
        'Primeiro, relaxe você. Solte os ombros e solte o ar devagar.',
        pause(8),
        'Esfregue um pouco de óleo nas mãos, perto do bebê, para ele ouvir.',
        pause(6),
        'Agora pergunte. Mostre as mãos abertas, olhe nos olhos dele e diga baixinho: posso fazer uma massagem em você?',
        pause(9),
        'O sim é olhinho brilhando, bracinhos buscando você, movimentos tranquilos. Virar o rosto, chorar ou arquear quer dizer agora não.',
        pause(8),
        'Apoie as mãos quentinhas nas pernas, e continue respirando devagar.',
        pause(8),
      ],
      watch: 'Pergunte sempre, mesmo com o bebê tão pequeno: pedir licença faz parte da massagem.',
    },

    'lesson-2-opening': later('Hoje: as pernas, rapidinho, e depois a barriga.', 'Se o bebê não estiver a fim hoje, um colo está ótimo. Amanhã tem mais.'),
    'lesson-3-opening': later('Hoje: pernas e barriga rapidinho, depois peito, braços e mãos.', 'No começo, é comum os bracinhos ficarem encolhidos. É normal: vamos com calma.'),
    'lesson-4-opening': later(
      'Deixe um paninho por perto para limpar as mãos antes do rosto. Hoje: o rosto, e depois as costas.',
      'Tem bebê que adora o rosto e tem bebê que não gosta: as duas coisas são normais.',
      'Um paninho para as mãos. Hoje: o rosto, e depois as costas.',
    ),
    'lesson-5-opening': later(
      'Hoje: a Shantala inteira, na ordem, cada movimento pelo nome, e os movimentos suaves para terminar.',
      'A massagem inteira é muito para alguns bebês. Parar no meio sempre vale.',
      'Hoje: a massagem inteira, e os movimentos suaves para terminar.',
    ),

    'legs-review': called('Revisão das pernas', 'As pernas da semana passada: cada movimento numa perna, depois na outra. Eu vou falando.', 'Se o bebê ficar agitado, diga: pula essa parte.'),
    'tummy-review': called('Revisão da barriga', 'A barriga, em sentido horário e leve. Eu vou falando.', 'Barriga tensa ou testa franzida: mais leve, ou deixe para outro dia.'),
    'tummy-practice': {
      ...called('Hora de praticar', 'Agora os três movimentos da barriga de novo, na ordem, sem explicação. Eu vou falando cada um.', 'Barriga dura e tensa, ou choro: pare e pegue no colo.'),
      connect: 'Cante ou cantarole baixinho enquanto faz.',
    },
    'face-practice': called('Hora de praticar', 'Os dois movimentos do rosto de novo, de leve, sem explicação. Eu vou falando.', 'Se o bebê virar o rosto, deixe o rosto para outro dia.'),
    'back-practice': called('Hora de praticar', 'Os dois movimentos das costas de novo, sem explicação. Eu vou falando.', 'Mantenha sempre uma mão no bebê.'),
    'whole-legs': called('A massagem inteira', 'Daqui em diante, a massagem inteira na ordem, cada movimento pelo nome: primeiro as pernas e os pés, uma perna e depois a outra.', 'Siga o bebê: pule uma parte quando quiser, dizendo pula essa parte.'),
    'whole-tummy': called('A barriga', 'Os movimentos da barriga, no sentido horário e leves. Eu vou falando.', 'Barriga tensa pede mais leveza, ou siga em frente.'),
    'whole-chest-and-arms': called('Peito, braços e mãos', 'O livro aberto, depois os movimentos dos braços e das mãos, um braço e depois o outro.', 'Se o braço estiver encolhido, balance de leve e diga: relaxa.'),
    'whole-face': called('O rosto', 'Limpe as mãos. Os movimentos do rosto, bem de leve. Eu vou falando.', 'Se ele virar o rosto, deixe o rosto por hoje.'),
    'whole-back': called('As costas', 'Os movimentos das costas, sempre com uma mão no bebê. Eu vou falando.', 'Se o bebê levantar a cabeça e se irritar, vire de volta e pegue no colo.'),
  };
}

/**
 * What a lesson says the first time it teaches each stroke (RoutineStep.teach), after the usual how-to:
 * why it is done, and what the hands should feel. Claims stay with what the reference supports.
 */
export const TEACHING: Readonly<Record<string, readonly Line[]>> = {
  'leg-indian-milking': ['A ordenha indiana vai para longe do corpo, em direção aos pés. Use a mão inteira: palma e dedos, não só a ponta dos dedos.'],
  'leg-hug-and-glide': ['O abraço e deslize é como torcer de leve. O giro é mínimo: pense em abrir uma torneira, não em torcer um pano.'],
  'foot-sole': ['Os pés costumam ser a parte preferida. Os polegares ficam retos e andam um depois do outro, como passinhos.'],
  'foot-top-and-ankle': ['No peito do pé, os polegares pressionam de leve, sem empurrar os dedos para trás. Os círculos em volta do tornozelo são bem pequenos.'],
  'leg-swedish-milking': ['A ordenha sueca vai no outro sentido, do pé até a coxa. Ela fecha a perna com um movimento longo e calmo.'],
  'legs-integration': ['Este movimento junta os outros, para a perna ser sentida como um todo. É um bom jeito de terminar as pernas sempre.'],
  'tummy-water-wheel': ['As mãos remam uma depois da outra, como um moinho, sempre para baixo e para longe das costelas. Fique abaixo das costelas e longe do umbigo se ele ainda estiver cicatrizando.'],
  'tummy-sun-and-moon': ['O sol é um círculo inteiro com uma mão; a lua é meio círculo com a outra. No sentido horário, como todo movimento da barriga.'],
  'tummy-i-love-you': ['Diga as palavras enquanto desenha as letras: I, L, e um U de cabeça para baixo. Com o tempo, o bebê reconhece.'],
  'chest-open-book': ['As mãos espalmadas se abrem para fora, como as páginas de um livro, e voltam contornando um coração. Sem mais pressão do que na barriga.'],
  'arm-milking': ['Os bracinhos costumam ficar perto do corpo. Nunca puxe para esticar: se o braço continuar dobrado, deslize assim mesmo.'],
  'hand-palm-and-fingers': ['É comum o bebê agarrar o seu dedo: tudo bem. Abra a mãozinha só se ela abrir fácil.'],
  'face-forehead-and-nose': ['Os polegares fazem o trabalho, levíssimos. Muitos bebês fecham os olhos aqui.'],
  'face-smile-and-jaw': ['Alguns pais usam esses circulinhos na mandíbula quando os dentes estão nascendo. Toque bem leve.'],
  'back-back-and-forth': ['As mãos se movem em sentidos opostos nas costas, como quem lixa uma tábua, devagar. Nunca pressione a coluna.'],
  'back-circles-and-combing': ['Os círculos vão dos lados da coluna, nunca em cima dela. O pentear é o toque mais leve de toda a massagem.'],
  'gentle-movements': ['Isto é brincadeira, não exercício. Vá só até onde o bebê se move com facilidade, e pare se sentir resistência.'],
};
