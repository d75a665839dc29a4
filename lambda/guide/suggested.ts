import { IntentName } from '../alexa/intents';
import type { Answered } from '../alexa/turn';
import type { RoutineId } from '../routine/types';

/** Answers that point at one of the routines: outside a routine, "yes" starts that one. */
const SUGGESTED_ROUTINES: Readonly<Record<string, RoutineId>> = {
  [`${IntentName.Benefits}:digestion`]: 'colic',
  [`${IntentName.Benefits}:sleep`]: 'bedtime',
  [`${IntentName.Safety}:newborn`]: 'newborn',
};

/** The routine an answer points at ("does it help colic?": the colic massage), if any. */
export function suggestedRoutine(replay: Answered | undefined): RoutineId | undefined {
  return replay?.topic ? SUGGESTED_ROUTINES[`${replay.intent}:${replay.topic}`] : undefined;
}
