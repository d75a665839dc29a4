import type { PackLocale } from '../locales';
import { Content, pause } from '../types';
import { companionWords } from './companion';
import { phrases } from './phrases';
import { questions as answers } from './questions';
import { steps } from './steps';
import { VOCABULARY_DE } from './vocabulary';

/**
 * The German pack (de-DE: Germany and Austria), written natively, du-form as in German baby courses.
 * One lazily loaded chunk: it imports only its own modules and the shared, language-neutral ones.
 * Body parts are named in the nominative with their article ("der Bauch"); routines without an
 * article, each a feminine noun ("Kolikmassage", "Lektion eins: ..."), so lines can decline "die" / "der".
 */
export function content(locale: PackLocale<'de'>): Content {
  const words = VOCABULARY_DE[locale];
  let questions: Content['questions'] | undefined;
  let companion: Content['companion'] | undefined;
  return {
    locale,
    parts: {
      opening: 'das Ankommen',
      legs: 'die Beine und Füße',
      tummy: 'der Bauch',
      chest: 'die Brust',
      arms: 'die Arme und Hände',
      face: 'das Gesicht',
      back: 'der Rücken',
      movements: 'die sanften Bewegungen',
      closing: 'das Kuscheln zum Schluss',
    },
    partIntro: 'Jetzt {part}.',
    partStart: {
      legs: ['Leg die warmen Hände kurz auf die Beine.', pause(4)],
      tummy: [
        'Unter etwa sechs Wochen: den Bauch nur federleicht, oder lieber die Neugeborenenmassage.',
        'Leg deine Hände ruhig auf den Bauch, und lass dein Baby ankommen.',
        pause(6),
      ],
      chest: ['Leg die Hände auf die Brust, spür, wie sie sich hebt und senkt.', pause(4)],
      arms: ['Leg deine Hände einen Moment auf die Arme.', pause(3)],
      face: [
        'Wisch dir zuerst das Öl von den Händen: nichts davon ins Gesicht. Leg die Handflächen sanft seitlich an den Kopf, und drück nie auf die Fontanelle oben.',
        pause(4),
      ],
      back: [
        'Dreh dein Baby auf dem Handtuch auf den Bauch, Kopf stützen, eine Hand immer am Baby. Ein eingeöltes Baby bleibt auf dem Handtuch: dein Schoß nur ohne Öl. Leg die Hände auf den Rücken.',
        pause(4),
      ],
      movements: ['Roll dein Baby wieder auf den Rücken, Kopf stützen, und halte kurz seine Füße.', pause(3)],
    },
    partSound: 'soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01',
    yourTurnSound: 'soundbank://soundlibrary/ui/gameshow/amzn_ui_sfx_gameshow_neutral_response_01',
    steps: steps(words),
    counts: {
      'six-each-hand': 'Sechsmal mit jeder Hand.',
      'about-six': 'Etwa sechsmal.',
    },
    routines: {
      full: { label: 'Ganz', name: 'Ganzkörpermassage', intro: 'Die Ganzkörpermassage geht von den Beinen bis zum Rücken, in etwa achtundzwanzig Minuten.' },
      colic: {
        label: 'Koliken',
        name: 'Kolikmassage',
        intro: 'Hier ist die Kolikmassage: Bauchgriffe gegen Blähungen, drei Runden, etwa neun Minuten.',
        introFirstTime: 'Hier ist die Kolikmassage: Bauchgriffe gegen Blähungen, drei Runden, etwa neun Minuten, beim ersten Mal zehn.',
      },
      bedtime: { label: 'Einschlafen', name: 'Einschlafmassage', intro: 'Hier ist die Einschlafmassage: langsame, ruhige Griffe am Rücken, etwa fünf Minuten.' },
      newborn: { label: 'Neugeborene', name: 'Neugeborenenmassage', intro: 'Eine erste Massage für Neugeborene: Beine und Füße, etwa sechs Minuten.' },
      quick: {
        label: 'Kurz',
        name: 'Kurzmassage',
        intro: 'Eine kurze Massage: Beine, Bauch und Rücken, etwa sieben Minuten.',
        introFirstTime: 'Eine kurze Massage: Beine, Bauch und Rücken, etwa sieben Minuten, beim ersten Mal neun.',
      },
      'just-legs': {
        label: 'Beine',
        name: 'Beinmassage',
        intro: 'Dann nur Beine und Füße: etwa elf Minuten.',
        introFirstTime: 'Dann nur Beine und Füße: etwa elf Minuten, beim ersten Mal zwölf.',
      },
      'just-tummy': {
        label: 'Bauch',
        name: 'Bauchmassage',
        intro: 'Dann nur der Bauch: etwa acht Minuten.',
      },
      'just-arms': {
        label: 'Arme',
        name: 'Armmassage',
        intro: 'Dann nur Arme und Hände: etwa sechs Minuten.',
        introFirstTime: 'Dann nur Arme und Hände: etwa sechs Minuten, beim ersten Mal sieben.',
      },
      'just-face': {
        label: 'Gesicht',
        name: 'Gesichtsmassage',
        intro: 'Dann nur das Gesicht: etwa sechs Minuten.',
        introFirstTime: 'Dann nur das Gesicht: etwa sechs Minuten, beim ersten Mal sieben.',
      },
      'just-back': {
        label: 'Rücken',
        name: 'Rückenmassage',
        intro: 'Dann nur der Rücken: etwa sechs Minuten.',
        introFirstTime: 'Dann nur der Rücken: etwa sechs Minuten, beim ersten Mal sieben.',
      },
      'lesson-1': {
        label: 'Lektion 1',
        name: 'Lektion eins: Beine und Füße',
        intro: 'Lektion eins: Beine und Füße, und wie man anfängt, in etwa vierzehn Minuten.',
        homework: 'Übe diese Woche einmal am Tag die Beine, wenn dein Baby ruhig und wach ist. Nächste Woche, Lektion zwei: der Bauch.',
      },
      'lesson-2': {
        label: 'Lektion 2',
        name: 'Lektion zwei: der Bauch',
        intro: 'Lektion zwei: kurz die Beine, dann der Bauch, in etwa elf Minuten.',
        homework: 'Übe diese Woche Beine und Bauch zusammen. Nächste Woche, Lektion drei: Brust, Arme und Hände.',
      },
      'lesson-3': {
        label: 'Lektion 3',
        name: 'Lektion drei: Brust, Arme und Hände',
        intro: 'Lektion drei: kurz Beine und Bauch, dann Brust, Arme und Hände, in etwa dreizehn Minuten.',
        homework: 'Häng diese Woche Brust und Arme an den Bauch an, wann immer dein Baby gern weitermacht. Nächste Woche, Lektion vier: Gesicht und Rücken.',
      },
      'lesson-4': {
        label: 'Lektion 4',
        name: 'Lektion vier: Gesicht und Rücken',
        intro: 'Lektion vier: das Gesicht und der Rücken, in etwa zwölf Minuten.',
        homework: 'Probier diese Woche Gesicht und Rücken allein, oder nach dem Rest, wenn dein Baby es genießt. Nächste Woche, Lektion fünf: die ganze Massage.',
      },
      'lesson-5': {
        label: 'Lektion 5',
        name: 'Lektion fünf: die ganze Massage',
        intro: 'Lektion fünf: die ganze Massage der Reihe nach, und zum Schluss die sanften Bewegungen, in etwa vierzehn Minuten.',
        homework: 'Damit ist der Kurs geschafft: Du kennst jetzt die ganze Massage. Sag Babymassage starten, wann immer du magst, und ich führe dich hindurch.',
      },
    },
    screen: {
      back: 'Zurück',
      repeat: 'Nochmal',
      pause: 'Pause',
      resume: 'Fortsetzen',
      next: 'Weiter',
      start: 'Starten',
      startOver: 'Von vorne',
      carryOn: 'Weitermachen',
      startFresh: 'Neu anfangen',
      startAgain: 'Nochmal anfangen',
      routinesHeading: 'Welche Massage?',
      routinesHint: 'Tippe auf eine, oder sag ihren Namen.',
      routineMinutes: '{minutes} Min.',
      progress: 'Schritt {n} von {total} · noch etwa {minutes} Min.',
      playingProgress: 'Schritt {n} von {total} · läuft durch',
      paused: 'Pausiert',
      finished: 'Geschafft',
      answer: 'Babymassage',
      answerHeading: 'Deine Frage',
      help: 'Babymassage',
      helpHeading: 'Du kannst sagen',
      helpLines: ['„Weiter“ · „Nochmal“ · „Zurück“', '„Pause“ · „Fortsetzen“ · „Von vorne“', '„Geh zum Bauch“ · „Diesen Teil überspringen“', '„Wie lange noch?“', '„Welches Öl soll ich nehmen?“'],
      playing: 'Läuft',
    },
    phrases: phrases(words),
    // Built on the first question or companion request, not on every request.
    get questions() {
      return (questions ??= answers(words));
    },
    get companion() {
      return (companion ??= companionWords());
    },
  };
}
