import { Duration, Stack } from 'aws-cdk-lib';
import { Dashboard, GraphWidget, IMetric, LogQueryWidget, MathExpression, Metric, TextWidget } from 'aws-cdk-lib/aws-cloudwatch';
import { IFunction } from 'aws-cdk-lib/aws-lambda';
import { ILogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { METRIC_NAMESPACE } from '../../lambda/logging/metrics';

export interface SkillDashboardProps {
  readonly function: IFunction;
  readonly logGroup: ILogGroup;
  /** The namespace of the metrics from the skill's log lines (SkillAlarms' filters and the embedded-metric lines). */
  readonly metricNamespace?: string;
}

/**
 * One CloudWatch dashboard for the region's skill backend: turns, errors, p99 duration and storage
 * failures from Lambda and the skill's alarms' log filters; routines started and finished by routine
 * and locale, and fallbacks per locale, from the embedded-metric-format lines the skill writes
 * (lambda/logging/metrics.ts: counts only, never words); and where parents stop in a routine, a Logs
 * Insights query over the same lines. Metrics from the log lines are found with SEARCH, so a routine or
 * locale added later shows without a change here.
 */
export class SkillDashboard extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: SkillDashboardProps) {
    super(scope, id);
    const namespace = props.metricNamespace ?? METRIC_NAMESPACE;
    const period = Duration.minutes(5);
    const fromLines = (metricName: string, label: string) => new Metric({ namespace, metricName, period, statistic: 'Sum', label });
    // The skill writes its embedded-metric lines under METRIC_NAMESPACE, whatever the filters' namespace.
    const search = (metricName: string, dimensions: string, label: string) =>
      new MathExpression({ expression: `SEARCH('{${METRIC_NAMESPACE},${dimensions}} MetricName="${metricName}"', 'Sum', 300)`, label, period });
    const graph = (title: string, left: IMetric[], width = 12) => new GraphWidget({ title, left, width, height: 6 });

    this.dashboard = new Dashboard(this, 'Dashboard', { dashboardName: `BabyMassage-${Stack.of(this).region}` });
    this.dashboard.addWidgets(
      new TextWidget({ markdown: '# Baby Massage\nTurns, errors and time from Lambda; routines and fallbacks from the skill\'s own log lines (counts only, never words).', width: 24, height: 2 }),
    );
    this.dashboard.addWidgets(
      graph('Turns', [props.function.metricInvocations({ period, statistic: 'Sum', label: 'Turns' })], 8),
      graph('Errors', [props.function.metricErrors({ period, statistic: 'Sum', label: 'Unhandled' }), fromLines('HandledErrors', 'Answered with the error line')], 8),
      graph('Duration p99 (ms)', [props.function.metricDuration({ period, statistic: 'p99', label: 'p99' })], 8),
    );
    this.dashboard.addWidgets(
      graph('Storage failures', [fromLines('StorageFailures', 'Load or save failed')], 8),
      graph('Routines started, by routine and locale', [search('RoutineStarted', 'routine,locale', 'Started')], 8),
      graph('Routines finished, by routine and locale', [search('RoutineFinished', 'routine,locale', 'Finished')], 8),
    );
    this.dashboard.addWidgets(
      graph('Fallbacks, by locale', [search('Fallback', 'locale', 'Fallbacks')], 12),
      new LogQueryWidget({
        title: 'Where parents stop',
        logGroupNames: [props.logGroup.logGroupName],
        queryLines: ['fields routine, step, locale', 'filter message = "Routine left"', 'stats count(*) as parents by routine, step', 'sort parents desc', 'limit 20'],
        width: 12,
        height: 6,
      }),
    );
  }
}
