import { SpanishVocabulary } from './vocabulary';

/** The safety lines every opening is made from, the course's lessons' too (content/es/lessons.ts). */
export function safetyLines(words: SpanishVocabulary): { check: string; setting: string; oil: string; checkInBrief: string } {
  /** Before the first stroke of any routine, in full for a new parent. */
  const check =
    'Primero, un repaso: hoy no, si está malito, con fiebre, sarpullido o heridas, ' +
    `o vacunado hace menos de dos días. ${capitalise(words.afterFeed)}, espera unos cuarenta y cinco minutos.`;
  const setting = `Tu bebé en una toalla en ${words.floor}, en ${words.warmRoom}, solo con ${words.nappy}. Uñas cortas, sin anillos ni pulseras.`;
  const oil = 'Aceite, opcional: desde el primer mes, vegetal, sin perfume ni frutos secos, probado antes en la piel, y nunca en la cara.';
  /** The same check in one line, for a parent who has heard it before. */
  const checkInBrief = 'Repaso: bebé sano, sin sarpullido, sin vacunas en dos días, sin comer justo antes.';

  return { check, setting, oil, checkInBrief };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
