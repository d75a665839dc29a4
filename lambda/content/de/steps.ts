import { StepScript, pause } from '../types';
import { safetyLines } from './safety';
import { strokes } from './strokes';
import { GermanVocabulary } from './vocabulary';

/**
 * Every step of every routine, once, by step id (routine/routines.ts says which routine uses which),
 * in German: the openings here, the strokes and the course in strokes.ts. The same ids, pauses and
 * shape as the English pack, so each routine keeps its length and its quiet, hands-on practice.
 * Bauchgriffe gehen immer im Uhrzeigersinn, von oben betrachtet: rechte Seite deines Babys hinauf,
 * unter den Rippen hinüber, linke Seite hinunter.
 */
export function steps(words: GermanVocabulary): Record<string, StepScript> {
  const { check, setting, oil, checkInBrief } = safetyLines(words);

  const openings: Record<string, StepScript> = {
    opening: {
      name: 'Ankommen',
      how: [check, setting, oil, 'Sanft, aber fest: Ganz leichtes Streichen kitzelt.'],
      practice: [
        'Reib deine Hände warm, so dass dein Baby es hört.',
        pause(8),
        'Zeig deine Hände, schau in die Augen und frag leise: Darf ich dich massieren?',
        pause(10),
        'Achte auf ein Ja: wache Augen, ein Lächeln, ruhiges Strampeln.',
        pause(12),
        'Atme langsam durch, lass die Schultern sinken.',
        pause(12),
      ],
      watch: 'Weinen, Wegdrehen oder Überstrecken heißt: heute nicht. Dann lieber kuscheln.',
      returning: {
        how: [`${checkInBrief} Wärm deine Hände.`, pause(4)],
        practice: ['Frag: Darf ich dich massieren? Und achte auf ein Ja.', pause(7)],
        watch: '',
      },
    },

    // Just the face: no undressing and no oil, and the hands end on the head, ready for the first stroke.
    'face-opening': {
      name: 'Ankommen',
      how: [
        check,
        'Baby auf Handtuch oder Schoß, im warmen Zimmer; die Kleidung bleibt an. Kurze Nägel, kein Schmuck.',
        'Kein Öl fürs Gesicht: saubere, trockene, warme Hände.',
      ],
      practice: [
        'Zeig deine Hände, schau deinem Baby in die Augen und frag leise: Darf ich dich massieren?',
        pause(10),
        'Achte auf ein Ja: wache Augen, ein Lächeln, ruhiges Strampeln.',
        pause(10),
        'Leg die Handflächen sanft seitlich an den Kopf, nie auf die Fontanelle drücken.',
        pause(6),
      ],
      watch: 'Weinen, Wegdrehen oder Überstrecken heißt: heute nicht. Dann lieber kuscheln.',
      returning: {
        how: [`${checkInBrief} Saubere, trockene Hände, kein Öl.`, pause(2)],
        practice: ['Frag, achte auf ein Ja, und leg dann die Handflächen seitlich an den Kopf.', pause(6)],
        watch: '',
      },
    },

    'colic-opening': {
      name: 'Ankommen für die Kolikmassage',
      how: [
        check,
        'Manche Eltern merken, dass diese Griffe bei Blähungen helfen; die Studien sind gemischt. Zwei- bis dreimal am Tag, etwa zwei Wochen lang, ' +
          'nicht bei heftigem Weinen.',
        'Unter etwa sechs Wochen: federleicht, nur eine Runde, oder gleich die Neugeborenenmassage.',
        `Hört das Weinen nicht auf oder kommt dir etwas komisch vor, frag ${words.healthProfessional}.`,
        setting,
        oil,
      ],
      practice: [
        'Wärm deine Hände.',
        pause(6),
        'Frag dein Baby: Darf ich dich massieren? Achte auf ein Ja.',
        pause(10),
        'Atme langsam durch, und lass die Schultern sinken.',
        pause(10),
      ],
      connect: 'Sprich die ganze Zeit leise mit deinem Baby.',
      watch: 'Bleib unterhalb der Rippen, und lass den Nabel aus, bis er verheilt ist.',
      returning: {
        how: [`${checkInBrief} Wärm deine Hände.`, pause(2)],
        practice: ['Frag, und achte auf ein Ja. Nicht, während dein Baby heftig weint.', pause(6)],
        watch: '',
      },
    },

    'bedtime-opening': {
      name: 'Ankommen',
      how: [check, 'Licht dimmen, leise sprechen. Baby auf ein Handtuch, Zimmer warm.', oil],
      practice: [
        'Wärm deine Hände.',
        pause(6),
        'Frag leise: Darf ich dich massieren?',
        pause(8),
        'Dreh dein Baby auf den Bauch, eine Hand immer am Baby. Eine Hand auf den Rücken, eine auf den Kopf.',
        pause(12),
      ],
      connect: 'Summ etwas Langsames.',
      watch: 'Schläft dein Baby schon, lass es schlafen.',
      returning: {
        how: [`${checkInBrief} Licht gedimmt.`, pause(2)],
        practice: ['Frag leise, dreh dein Baby um, und leg die Hände auf den Rücken.', pause(5)],
        watch: '',
      },
    },

    'newborn-opening': {
      name: 'Ankommen',
      how: [
        check,
        `Sieht dein Baby gelblich aus, frag vorher ${words.healthProfessional}.`,
        `Warmes Zimmer, Baby auf Handtuch oder Schoß, im ${words.vest} oder in ${words.nappy}. Kurze Nägel, kein Schmuck.`,
        'Wenige Minuten, federleicht. Kein Öl vor dem ersten Monat, Nabelschnurrest nicht berühren.',
        'Neugeborene schützen Bauch, Oberschenkel-Innenseiten und Handflächen: Wir bleiben bei Unterschenkeln und Füßen.',
      ],
      practice: [
        'Hände wärmen.',
        pause(8),
        'Zeig deine Hände und frag leise: Darf ich dich massieren?',
        pause(10),
        'Leg deine Hände auf die Beinchen.',
        pause(10),
      ],
      connect: 'Sprich weiter: Deine Stimme beruhigt dein Baby.',
      watch: 'Neugeborene ermüden schnell. Gähnen, Schluckauf oder Wegschauen heißt: aufhören, kuscheln.',
      returning: {
        how: [`${checkInBrief} Federleicht, noch kein Öl.`, pause(2)],
        practice: ['Frag, und leg deine Hände auf die Beinchen.', pause(6)],
        watch: 'Gähnen, Schluckauf oder Wegschauen heißt: aufhören und kuscheln.',
      },
    },
  };
  return { ...openings, ...strokes(words) };
}
