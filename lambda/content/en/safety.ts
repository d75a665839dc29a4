import { Vocabulary } from './vocabulary';

/** The safety lines every opening is made from, the course's lessons' too (content/en/lessons.ts). */
export function safetyLines(words: Vocabulary): { check: string; setting: string; oil: string; checkInBrief: string } {
  /** Before the first stroke of any routine, in full for a new parent. */
  const check =
    'First, a quick check. Not today if your baby is unwell, feverish, has a rash or broken skin, ' +
    `or had ${words.jabs} in the last two days. After a feed, wait about forty-five minutes.`;
  const setting = `Baby on a towel on the floor, in a warm room, undressed to their ${words.nappy}. Short nails, no rings or bracelets.`;
  const oil = 'Oil is optional: from at least one month, a plain unscented plant oil, no nut oils, patch-tested first, none on the face.';
  /** The same check in one line, for a parent who has heard it before. */
  const checkInBrief = `Quick check: baby well, no new rash, no ${words.jabs} for two days, not just fed.`;

  return { check, setting, oil, checkInBrief };
}
