import { Line, pause } from '../types';

/** Counted as a Dutch voice says a slow count: "één" with its accents, so it is never read as "a". */
const NUMBERS = ['één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien'];

/**
 * "Vasthouden, één, twee, drie..." at about a second a count, so a slow count of six takes six seconds
 * and the parent can simply follow the voice.
 */
export function slowCount(to: number): Line[] {
  const lines: Line[] = [];
  for (const word of NUMBERS.slice(0, to)) lines.push(`${word}.`, pause(0.6));
  return lines;
}
