import { PackLocale } from '../locales';
import { Content, pause } from '../types';
import { companionWords } from './companion';
import { capitalise } from './lessons';
import { phrases } from './phrases';
import { questions as answers } from './questions';
import { steps } from './steps';
import { VOCABULARY_ES } from './vocabulary';

/**
 * Spanish content, with each region's own words (tripa or pancita, matrona or pediatra) filled in. The
 * whole pack is one lazily loaded chunk, so it imports only its own modules and the shared, language-
 * neutral ones; the answers and the companion's words are still built on first use.
 */
export function content(locale: PackLocale<'es'>): Content {
  const words = VOCABULARY_ES[locale];
  let questions: Content['questions'] | undefined;
  let companion: Content['companion'] | undefined;
  return {
    locale,
    parts: {
      opening: 'la preparación',
      legs: 'las piernas y los pies',
      tummy: words.tummy,
      chest: 'el pecho',
      arms: 'los brazos y las manos',
      face: 'la cara',
      back: 'la espalda',
      movements: 'los movimientos suaves',
      closing: 'el abrazo final',
    },
    partIntro: 'Ahora, {part}.',
    partStart: {
      legs: ['Apoya tus manos calientes en sus piernas un momento.', pause(4)],
      tummy: [
        `Con menos de seis semanas, muy ligero en ${words.tummy}, o mejor el masaje de recién nacido.`,
        `Apoya las manos quietas en ${words.tummy}, y deja que se acomode.`,
        pause(6),
      ],
      chest: ['Apoya las manos en su pecho, y siente cómo sube y baja.', pause(4)],
      arms: ['Apoya las manos en sus brazos un momento.', pause(3)],
      face: [
        `Primero límpiate el aceite de las manos: nada en la cara. Apoya las palmas con suavidad a los lados de la cabeza, y nunca aprietes ${words.softSpot}.`,
        pause(4),
      ],
      back: [
        'Ponlo boca abajo sobre la toalla, sujetándole la cabeza, siempre con una mano encima. Con aceite, se queda en la toalla: en tu regazo, solo sin aceite. Apoya las manos en su espalda.',
        pause(4),
      ],
      movements: ['Vuelve a ponerlo boca arriba, sujetándole la cabeza, y sujeta sus pies un momento.', pause(3)],
    },
    partSound: 'soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01',
    yourTurnSound: 'soundbank://soundlibrary/ui/gameshow/amzn_ui_sfx_gameshow_neutral_response_01',
    steps: steps(words),
    counts: {
      'six-each-hand': 'Seis veces con cada mano.',
      'about-six': 'Unas seis veces.',
    },
    routines: {
      full: { label: 'Completo', name: 'el masaje completo', intro: 'El masaje completo va de las piernas a la espalda, en unos veintiocho minutos.' },
      colic: {
        label: capitalise(words.colic.replace(/^(el|los) /, '')),
        name: `el masaje para ${words.colic}`,
        intro: `Este es el masaje para ${words.colic}: pasadas en ${words.tummy} para los gases, tres vueltas, unos nueve minutos.`,
        introFirstTime: `Este es el masaje para ${words.colic}: pasadas en ${words.tummy} para los gases, tres vueltas, unos nueve minutos, diez esta primera vez.`,
      },
      bedtime: { label: 'Para dormir', name: 'el masaje para dormir', intro: 'Este es un masaje para antes de dormir: pasadas lentas y tranquilas en la espalda, unos cinco minutos.' },
      newborn: { label: 'Recién nacido', name: 'el primer masaje', intro: 'Este es un primer masaje para recién nacidos: piernas y pies, unos seis minutos.' },
      quick: {
        label: 'Rápido',
        name: 'el masaje rápido',
        intro: `Este es un masaje rápido: piernas, ${words.tummyWord} y espalda, unos siete minutos.`,
        introFirstTime: `Este es un masaje rápido: piernas, ${words.tummyWord} y espalda, unos siete minutos, nueve esta primera vez.`,
      },
      'just-legs': {
        label: 'Piernas',
        name: 'el masaje de piernas',
        intro: 'Entonces, solo las piernas y los pies: unos once minutos.',
        introFirstTime: 'Entonces, solo las piernas y los pies: unos once minutos, doce esta primera vez.',
      },
      'just-tummy': {
        label: capitalise(words.tummyWord),
        name: `el masaje de ${words.tummy}`,
        intro: `Entonces, solo ${words.tummy}: unos ocho minutos.`,
      },
      'just-arms': {
        label: 'Brazos',
        name: 'el masaje de brazos',
        intro: 'Entonces, solo los brazos y las manos: unos seis minutos.',
        introFirstTime: 'Entonces, solo los brazos y las manos: unos seis minutos, siete esta primera vez.',
      },
      'just-face': {
        label: 'Cara',
        name: 'el masaje de la cara',
        intro: 'Entonces, solo la cara: unos seis minutos.',
        introFirstTime: 'Entonces, solo la cara: unos seis minutos, siete esta primera vez.',
      },
      'just-back': {
        label: 'Espalda',
        name: 'el masaje de espalda',
        intro: 'Entonces, solo la espalda: unos seis minutos.',
        introFirstTime: 'Entonces, solo la espalda: unos seis minutos, siete esta primera vez.',
      },
      'lesson-1': {
        label: 'Lección 1',
        name: 'la lección uno, las piernas y los pies',
        intro: 'Lección uno: las piernas y los pies, y cómo empezar, en unos catorce minutos.',
        homework: `Practica las piernas una vez al día esta semana, cuando tu bebé esté tranquilo y despierto. La semana que viene, lección dos: ${words.tummy}.`,
      },
      'lesson-2': {
        label: 'Lección 2',
        name: `la lección dos, ${words.tummy}`,
        intro: `Lección dos: repaso de las piernas, y luego ${words.tummy}, en unos once minutos.`,
        homework: `Esta semana, practica las piernas y ${words.tummy}. La semana que viene, lección tres: pecho, brazos y manos.`,
      },
      'lesson-3': {
        label: 'Lección 3',
        name: 'la lección tres, el pecho, los brazos y las manos',
        intro: `Lección tres: repaso de piernas y ${words.tummy}, y luego pecho, brazos y manos, en unos trece minutos.`,
        homework: `Esta semana, añade pecho y brazos después de ${words.tummy} si tu bebé está a gusto. La semana que viene, lección cuatro: la cara y la espalda.`,
      },
      'lesson-4': {
        label: 'Lección 4',
        name: 'la lección cuatro, la cara y la espalda',
        intro: 'Lección cuatro: la cara y la espalda, en unos doce minutos.',
        homework: 'Esta semana, prueba la cara y la espalda solas, o después de lo demás si tu bebé lo está disfrutando. La semana que viene, lección cinco: el masaje completo.',
      },
      'lesson-5': {
        label: 'Lección 5',
        name: 'la lección cinco, el masaje completo',
        intro: 'Lección cinco: el masaje completo en orden, y los movimientos suaves para terminar, en unos catorce minutos.',
        homework: 'Has terminado el curso: ya conoces el masaje completo. Di abre masaje bebé cuando quieras, y te guío.',
      },
    },
    screen: {
      back: 'Atrás',
      repeat: 'Repetir',
      pause: 'Pausa',
      resume: 'Seguir',
      next: 'Siguiente',
      start: 'Empezar',
      startOver: 'Desde el principio',
      carryOn: 'Seguir',
      startFresh: 'Empezar de cero',
      startAgain: 'Empezar otra vez',
      routinesHeading: '¿Qué masaje?',
      routinesHint: 'Toca uno para empezar, o di su nombre.',
      routineMinutes: '{minutes} min',
      progress: 'Paso {n} de {total} · quedan unos {minutes} min',
      playingProgress: 'Paso {n} de {total} · todo seguido',
      paused: 'En pausa',
      finished: 'Terminado',
      answer: 'Masaje bebé',
      answerHeading: 'Tu pregunta',
      help: 'Masaje bebé',
      helpHeading: 'Puedes decir',
      helpLines: ['"Siguiente" · "Repite" · "Atrás"', '"Pausa" · "Sigue" · "Desde el principio"', `"Ve a ${words.tummy}" · "Sáltate esta parte"`, '"¿Cuánto queda?"', '"¿Qué aceite uso?"'],
      playing: 'Sonando',
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
