import { PackLocale } from '../locales';
import { Content, pause } from '../types';
import { companionWords } from './companion';
import { phrases } from './phrases';
import { questions as questionsFor } from './questions';
import { steps } from './steps';
import { VOCABULARY_IT } from './vocabulary';

/**
 * Italian content: everything the skill says to a parent in it-IT, written in Italian (not translated
 * line by line), by the same keys as every pack. The whole pack is one lazily loaded chunk, so it
 * imports only its own modules and the shared, language-neutral ones; the answers and the companion's
 * words are still built on first use.
 */
export function content(locale: PackLocale<'it'>): Content {
  const words = VOCABULARY_IT[locale];
  let questions: Content['questions'] | undefined;
  let companion: Content['companion'] | undefined;
  return {
    locale,
    parts: {
      opening: 'la preparazione',
      legs: 'le gambe e i piedi',
      tummy: 'la pancia',
      chest: 'il petto',
      arms: 'le braccia e le mani',
      face: 'il viso',
      back: 'la schiena',
      movements: 'i movimenti dolci',
      closing: "l'abbraccio finale",
    },
    partIntro: 'Ora, {part}.',
    partStart: {
      legs: ['Appoggia le mani calde sulle gambe per un momento.', pause(4)],
      tummy: [
        'Sotto le sei settimane circa, sulla pancia tocco leggerissimo, oppure scegli il massaggio per neonati.',
        'Appoggia le mani ferme sulla pancia, e lascia che il bimbo si rilassi.',
        pause(6),
      ],
      chest: ['Appoggia le mani sul petto, e sentilo alzarsi e abbassarsi.', pause(4)],
      arms: ['Appoggia le mani sulle braccia per un momento.', pause(3)],
      face: [
        "Prima pulisciti l'olio dalle mani: sul viso niente olio. Appoggia i palmi piano ai lati della testa, e non premere mai sulla fontanella.",
        pause(4),
      ],
      back: [
        "Gira il bimbo a pancia in giù sull'asciugamano, reggendogli la testa, sempre con una mano addosso. Se è unto, resta sull'asciugamano per terra: in braccio solo senza olio. Mani appoggiate sulla schiena.",
        pause(4),
      ],
      movements: ['Rimetti il bimbo a pancia in su, sostenendogli la testa, e tienigli i piedini per un momento.', pause(3)],
    },
    partSound: 'soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01',
    yourTurnSound: 'soundbank://soundlibrary/ui/gameshow/amzn_ui_sfx_gameshow_neutral_response_01',
    steps: steps(words),
    counts: {
      'six-each-hand': 'Sei volte con ciascuna mano.',
      'about-six': 'Circa sei volte.',
    },
    routines: {
      full: { label: 'Completo', name: 'il massaggio completo', intro: 'Il massaggio completo va dalle gambe alla schiena, in circa ventotto minuti.' },
      colic: {
        label: 'Coliche',
        name: 'il massaggio per le coliche',
        intro: "Ecco il massaggio per le coliche: movimenti sulla pancia per l'aria, tre giri, circa nove minuti.",
        introFirstTime: "Ecco il massaggio per le coliche: movimenti sulla pancia per l'aria, tre giri, circa nove minuti, dieci questa prima volta.",
      },
      bedtime: { label: 'Nanna', name: 'il massaggio della nanna', intro: 'Ecco il massaggio della nanna: carezze lente e tranquille sulla schiena, circa cinque minuti.' },
      newborn: { label: 'Neonato', name: 'il primo massaggio', intro: 'Ecco un primo massaggio per il neonato: gambe e piedi, circa sei minuti.' },
      quick: {
        label: 'Veloce',
        name: 'il massaggio veloce',
        intro: 'Ecco un massaggio veloce: gambe, pancia e schiena, circa sette minuti.',
        introFirstTime: 'Ecco un massaggio veloce: gambe, pancia e schiena, circa sette minuti, nove questa prima volta.',
      },
      'just-legs': {
        label: 'Gambe',
        name: 'il massaggio delle gambe',
        intro: 'Allora solo le gambe e i piedi: circa undici minuti.',
        introFirstTime: 'Allora solo le gambe e i piedi: circa undici minuti, dodici questa prima volta.',
      },
      'just-tummy': {
        label: 'Pancia',
        name: 'il massaggio della pancia',
        intro: 'Allora solo la pancia: circa otto minuti.',
      },
      'just-arms': {
        label: 'Braccia',
        name: 'il massaggio delle braccia',
        intro: 'Allora solo le braccia e le mani: circa sei minuti.',
        introFirstTime: 'Allora solo le braccia e le mani: circa sei minuti, sette questa prima volta.',
      },
      'just-face': {
        label: 'Viso',
        name: 'il massaggio del viso',
        intro: 'Allora solo il viso: circa sei minuti.',
        introFirstTime: 'Allora solo il viso: circa sei minuti, sette questa prima volta.',
      },
      'just-back': {
        label: 'Schiena',
        name: 'il massaggio della schiena',
        intro: 'Allora solo la schiena: circa sei minuti.',
        introFirstTime: 'Allora solo la schiena: circa sei minuti, sette questa prima volta.',
      },
      'lesson-1': {
        label: 'Lezione 1',
        name: 'la lezione uno, le gambe e i piedi',
        intro: 'Lezione uno: le gambe e i piedi, e come si comincia, in circa quattordici minuti.',
        homework: 'Questa settimana, le gambe una volta al giorno, col bimbo tranquillo e sveglio. La prossima settimana, lezione due: la pancia.',
      },
      'lesson-2': {
        label: 'Lezione 2',
        name: 'la lezione due, la pancia',
        intro: 'Lezione due: un ripasso veloce delle gambe, poi la pancia, in circa undici minuti.',
        homework: 'Questa settimana, gambe e pancia insieme. La prossima settimana, lezione tre: petto, braccia e mani.',
      },
      'lesson-3': {
        label: 'Lezione 3',
        name: 'la lezione tre, il petto, le braccia e le mani',
        intro: 'Lezione tre: gambe e pancia in breve, poi petto, braccia e mani, in circa tredici minuti.',
        homework: 'Questa settimana, dopo la pancia aggiungi petto e braccia, se il bimbo ha voglia. La prossima settimana, lezione quattro: il viso e la schiena.',
      },
      'lesson-4': {
        label: 'Lezione 4',
        name: 'la lezione quattro, il viso e la schiena',
        intro: 'Lezione quattro: il viso e la schiena, in circa dodici minuti.',
        homework: 'Questa settimana, prova il viso e la schiena da soli, oppure dopo il resto, se il bimbo si sta godendo il massaggio. La prossima settimana, lezione cinque: tutto il massaggio.',
      },
      'lesson-5': {
        label: 'Lezione 5',
        name: 'la lezione cinque, tutto il massaggio',
        intro: 'Lezione cinque: tutto il massaggio in ordine, e i movimenti dolci per finire, in circa quattordici minuti.',
        homework: 'Il corso è finito: ora conosci tutto il massaggio. Quando vuoi, di\' apri massaggio infantile, e ti guido io.',
      },
    },
    screen: {
      back: 'Indietro',
      repeat: 'Ripeti',
      pause: 'Pausa',
      resume: 'Riprendi',
      next: 'Avanti',
      start: 'Inizia',
      startOver: 'Ricomincia',
      carryOn: 'Continua',
      startFresh: 'Da capo',
      startAgain: 'Ricomincia',
      routinesHeading: 'Quale massaggio?',
      routinesHint: 'Toccane uno per iniziare, o di\' il suo nome.',
      routineMinutes: '{minutes} min',
      progress: 'Passaggio {n} di {total} · mancano circa {minutes} min',
      playingProgress: 'Passaggio {n} di {total} · riproduzione continua',
      paused: 'In pausa',
      finished: 'Finito',
      answer: 'Massaggio infantile',
      answerHeading: 'La tua domanda',
      help: 'Massaggio infantile',
      helpHeading: 'Puoi dire',
      helpLines: ['"Avanti" · "Ripeti" · "Indietro"', '"Pausa" · "Riprendi" · "Ricomincia"', '"Vai alla pancia" · "Salta questa parte"', '"Quanto manca?"', '"Che olio uso?"'],
      playing: 'In riproduzione',
    },
    phrases: phrases(words),
    // Built on the first question, not with the steps.
    get questions() {
      return (questions ??= questionsFor(words));
    },
    get companion() {
      return (companion ??= companionWords());
    },
  };
}
