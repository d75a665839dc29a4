import { Line, pause } from '../types';

const NUMBERS = ['eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn'];

/**
 * "Eins, zwei, drei..." at about a second a count, so a slow count of six takes six seconds and the
 * parent can simply follow the voice.
 */
export function slowCount(to: number): Line[] {
  const lines: Line[] = [];
  for (const word of NUMBERS.slice(0, to)) lines.push(`${word}.`, pause(0.6));
  return lines;
}
