import { PackLocale } from '../locales';
import { Content, pause } from '../types';
import { companionWords } from './companion';
import { phrases } from './phrases';
import { questions as answers } from './questions';
import { steps } from './steps';
import { VOCABULARY_PT } from './vocabulary';

/**
 * Brazilian Portuguese content: every word the skill says in pt-BR, written natively, as a pediatra or a
 * Shantala instructor would say it to a parent. The whole pack is one lazily loaded chunk, so it imports
 * only its own modules and the shared, language-neutral ones.
 */
export function content(locale: PackLocale<'pt'>): Content {
  const words = VOCABULARY_PT[locale];
  let questions: Content['questions'] | undefined;
  let companion: Content['companion'] | undefined;
  return {
    locale,
    parts: {
      opening: 'a preparação',
      legs: 'as pernas e os pés',
      tummy: 'a barriga',
      chest: 'o peito',
      arms: 'os braços e as mãos',
      face: 'o rosto',
      back: 'as costas',
      // Without an article, like the stroke of the same name: "Agora, movimentos suaves" is said once.
      movements: 'movimentos suaves',
      closing: 'o aconchego final',
    },
    partIntro: 'Agora, {part}.',
    partStart: {
      legs: ['Apoie as mãos quentinhas nas pernas, por um instante.', pause(4)],
      tummy: [
        'Com menos de umas seis semanas, toque levíssimo na barriga, ou use a massagem do recém-nascido.',
        'Apoie as mãos paradas na barriga, e deixe o bebê se acomodar.',
        pause(6),
      ],
      chest: ['Apoie as mãos no peito, e sinta ele subir e descer.', pause(4)],
      arms: ['Apoie as mãos nos braços, por um instante.', pause(3)],
      face: [
        'Primeiro limpe o óleo das mãos: nada de óleo no rosto. Apoie as palmas de leve dos lados da cabeça, e nunca aperte a moleira.',
        pause(4),
      ],
      back: [
        'Vire o bebê de bruços na toalha, apoiando a cabeça, sempre com uma mão nele. Com óleo, ele fica na toalha no chão: colo, só sem óleo. Mãos nas costas.',
        pause(4),
      ],
      movements: ['Vire o bebê de barriga para cima de novo, segurando a cabeça, e segure os pezinhos por um instante.', pause(3)],
    },
    partSound: 'soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01',
    yourTurnSound: 'soundbank://soundlibrary/ui/gameshow/amzn_ui_sfx_gameshow_neutral_response_01',
    steps: steps(words),
    counts: {
      'six-each-hand': 'Seis vezes com cada mão.',
      'about-six': 'Umas seis vezes.',
    },
    routines: {
      full: { label: 'Completa', name: 'a massagem completa', intro: 'A massagem completa, a Shantala, vai das pernas às costas, em uns vinte e oito minutos.' },
      colic: {
        label: 'Cólica',
        name: 'a massagem da cólica',
        intro: 'Aqui vai a massagem da cólica: movimentos na barriga para os gases, três rodadas, uns nove minutos.',
        introFirstTime: 'Aqui vai a massagem da cólica: movimentos na barriga para os gases, três rodadas, uns nove minutos, dez nesta primeira vez.',
      },
      bedtime: { label: 'Hora de dormir', name: 'a massagem da hora de dormir', intro: 'A massagem da hora de dormir: movimentos lentos nas costas, uns cinco minutos.' },
      newborn: { label: 'Recém-nascido', name: 'a primeira massagem', intro: 'Uma primeira massagem, para recém-nascidos: pernas e pés, uns seis minutos.' },
      quick: {
        label: 'Rápida',
        name: 'a massagem rápida',
        intro: 'Aqui vai uma massagem rápida: pernas, barriga e costas, uns sete minutos.',
        introFirstTime: 'Aqui vai uma massagem rápida: pernas, barriga e costas, uns sete minutos, nove nesta primeira vez.',
      },
      'just-legs': {
        label: 'Pernas',
        name: 'a massagem das pernas',
        intro: 'Então, só as pernas e os pés: uns onze minutos.',
        introFirstTime: 'Então, só as pernas e os pés: uns onze minutos, doze nesta primeira vez.',
      },
      'just-tummy': {
        label: 'Barriga',
        name: 'a massagem da barriga',
        intro: 'Então, só a barriga: uns oito minutos.',
      },
      'just-arms': {
        label: 'Braços',
        name: 'a massagem dos braços',
        intro: 'Então, só os braços e as mãos: uns seis minutos.',
        introFirstTime: 'Então, só os braços e as mãos: uns seis minutos, sete nesta primeira vez.',
      },
      'just-face': {
        label: 'Rosto',
        name: 'a massagem do rosto',
        intro: 'Então, só o rosto: uns seis minutos.',
        introFirstTime: 'Então, só o rosto: uns seis minutos, sete nesta primeira vez.',
      },
      'just-back': {
        label: 'Costas',
        name: 'a massagem das costas',
        intro: 'Então, só as costas: uns seis minutos.',
        introFirstTime: 'Então, só as costas: uns seis minutos, sete nesta primeira vez.',
      },
      'lesson-1': {
        label: 'Aula 1',
        name: 'a aula um, as pernas e os pés',
        intro: 'Aula um: as pernas e os pés, e como começar, em uns catorze minutos.',
        homework: 'Pratique as pernas uma vez por dia nesta semana, quando o bebê estiver calmo e acordado. Semana que vem, aula dois: a barriga.',
      },
      'lesson-2': {
        label: 'Aula 2',
        name: 'a aula dois, a barriga',
        intro: 'Aula dois: as pernas de novo, rapidinho, e depois a barriga, em uns onze minutos.',
        homework: 'Nesta semana, pratique as pernas e a barriga juntas. Semana que vem, aula três: o peito, os braços e as mãos.',
      },
      'lesson-3': {
        label: 'Aula 3',
        name: 'a aula três, o peito, os braços e as mãos',
        intro: 'Aula três: pernas e barriga, rapidinho, e depois o peito, os braços e as mãos, em uns treze minutos.',
        homework: 'Nesta semana, acrescente o peito e os braços depois da barriga, se o bebê estiver contente. Semana que vem, aula quatro: o rosto e as costas.',
      },
      'lesson-4': {
        label: 'Aula 4',
        name: 'a aula quatro, o rosto e as costas',
        intro: 'Aula quatro: o rosto e as costas, em uns doze minutos.',
        homework: 'Nesta semana, experimente o rosto e as costas sozinhos, ou depois do resto, quando o bebê estiver gostando. Semana que vem, aula cinco: a massagem inteira.',
      },
      'lesson-5': {
        label: 'Aula 5',
        name: 'a aula cinco, a massagem inteira',
        intro: 'Aula cinco: a massagem inteira, na ordem, e os movimentos suaves para terminar, em uns catorze minutos.',
        homework: 'Pronto, o curso terminou: agora você sabe a Shantala inteira. Diga Alexa, abra massagem bebê, quando quiser, e eu guio você.',
      },
    },
    screen: {
      back: 'Voltar',
      repeat: 'Repetir',
      pause: 'Pausar',
      resume: 'Continuar',
      next: 'Próximo',
      start: 'Começar',
      startOver: 'Recomeçar',
      carryOn: 'Continuar',
      startFresh: 'Começar do zero',
      startAgain: 'Recomeçar',
      routinesHeading: 'Qual massagem?',
      routinesHint: 'Toque numa para começar, ou diga o nome dela.',
      routineMinutes: '{minutes} min',
      progress: 'Passo {n} de {total} · faltam uns {minutes} min',
      playingProgress: 'Passo {n} de {total} · tocando direto',
      paused: 'Pausado',
      finished: 'Tudo pronto',
      answer: 'Massagem Bebê',
      answerHeading: 'Sua pergunta',
      help: 'Massagem Bebê',
      helpHeading: 'Você pode dizer',
      helpLines: ['"Próximo" · "Repete" · "Volta"', '"Pausa" · "Continua" · "Começa de novo"', '"Vai para a barriga" · "Pula essa parte"', '"Quanto falta?"', '"Qual óleo eu uso?"'],
      playing: 'Tocando',
    },
    phrases: phrases(words),
    // Built on the first question, not on every cold start's first request.
    get questions() {
      return (questions ??= answers(words));
    },
    get companion() {
      return (companion ??= companionWords());
    },
  };
}
