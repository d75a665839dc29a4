/**
 * CloudWatch metrics from the skill's own log lines, in the embedded metric format: a line's `_aws`
 * block names the metric (a count of one) and its dimensions, and CloudWatch makes the metric from it
 * with no call from the function. Only the routine and the locale are dimensions (each value of a
 * dimension is a metric, billed): never a user, never words a parent said. The dashboard
 * (infra/lib/skill-dashboard.ts) reads these.
 */
export const METRIC_NAMESPACE = 'BabyMassage';

export type SkillMetric =
  /** A routine or lesson began (its opening). */
  | 'RoutineStarted'
  /** It reached its end. */
  | 'RoutineFinished'
  /** The session closed with it under way: where parents stop (the line also says the step). */
  | 'RoutineLeft'
  /** Alexa heard something that fits no intent (counted by locale; the words are never logged). */
  | 'Fallback';

export function metricFields(name: SkillMetric, dimensions: { readonly routine?: string; readonly locale: string }, properties: Record<string, unknown> = {}): Record<string, unknown> {
  const names = dimensions.routine ? ['routine', 'locale'] : ['locale'];
  return {
    _aws: { Timestamp: Date.now(), CloudWatchMetrics: [{ Namespace: METRIC_NAMESPACE, Dimensions: [names], Metrics: [{ Name: name, Unit: 'Count' }] }] },
    ...properties,
    ...dimensions,
    [name]: 1,
  };
}
