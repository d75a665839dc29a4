import { ROUTINES } from '../routine/routines';
import { RoutineId } from '../routine/types';
import { Content } from './types';

/**
 * How long a routine says it takes in a locale: the locale's own figures where its speaking rate
 * changes them (RoutineWords.minutes), else the routine's. `firstMinutes` is a first-timer's first
 * time, where it runs past the usual length.
 */
export function saidMinutes(content: Content, id: RoutineId): { readonly minutes: number; readonly firstMinutes?: number } {
  const words = content.routines[id];
  const routine = ROUTINES[id];
  const minutes = words.minutes ?? routine.minutes;
  const firstMinutes = words.firstMinutes ?? (words.minutes === undefined ? routine.firstMinutes : undefined);
  return firstMinutes === undefined ? { minutes } : { minutes, firstMinutes };
}
