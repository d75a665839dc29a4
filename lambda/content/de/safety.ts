import { GermanVocabulary } from './vocabulary';

/** The safety lines every opening is made from, the course's lessons' too (content/de/lessons.ts). */
export function safetyLines(words: GermanVocabulary): { check: string; setting: string; oil: string; checkInBrief: string } {
  /** Before the first stroke of any routine, in full for a new parent. */
  const check =
    'Kurzer Check: heute nicht bei Fieber, Krankheit, Ausschlag, offener Haut, ' +
    `oder bis zwei Tage nach einer ${words.jabs}. Nach dem Trinken etwa fünfundvierzig Minuten warten.`;
  const setting = `Baby nur mit ${words.nappy} auf einem Handtuch am Boden, im warmen Zimmer. Kurze Nägel, kein Schmuck.`;
  const oil = 'Öl ist freiwillig: frühestens ab einem Monat, reines Pflanzenöl ohne Duft, kein Nussöl, vorher an einer kleinen Stelle testen, nichts ins Gesicht.';
  /** The same check in one line, for a parent who has heard it before. */
  const checkInBrief = `Kurzer Check: Baby gesund, kein neuer Ausschlag, seit zwei Tagen keine ${words.jabs}, nicht gerade getrunken.`;

  return { check, setting, oil, checkInBrief };
}
