import { DutchVocabulary } from './vocabulary';

/** The safety lines every opening is made from, the course's lessons' too (content/nl/lessons.ts). */
export function safetyLines(words: DutchVocabulary): { check: string; setting: string; oil: string; checkInBrief: string } {
  /** Before the first stroke of any routine, in full for a new parent. */
  const check =
    'Eerst even checken: niet bij ziekte, koorts, uitslag of een wondje, ' +
    `of een ${words.jabs} in de afgelopen twee dagen. Na een voeding: drie kwartier wachten.`;
  const setting = `Je baby op een handdoek op de grond, in een warme kamer, met alleen een ${words.nappy} aan. Korte nagels, geen sieraden.`;
  const oil = 'Olie hoeft niet: vanaf een maand pure plantaardige olie zonder geur, geen notenolie, eerst getest op een plekje huid, niet op het gezicht.';
  /** The same check in one line, for a parent who has heard it before. */
  const checkInBrief = `Even checken: baby gezond, geen nieuwe uitslag, twee dagen geen ${words.jabs}, niet net gedronken.`;

  return { check, setting, oil, checkInBrief };
}
