import { ArnFormat, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, IMetric, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { IFunction } from 'aws-cdk-lib/aws-lambda';
import { FilterPattern, ILogGroup, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { METRIC_NAMESPACE } from '../../lambda/logging/metrics';
import { SLOW_TURN_MS } from '../../lambda/storage/items';

export interface SkillAlarmsProps {
  /** The skill's handler: its errors, throttles and duration are watched. */
  readonly function: IFunction;
  /** The handler's log group: the failures the skill handles itself are counted from its lines. */
  readonly logGroup: ILogGroup;
  /** Who hears about alarms by e-mail. @default no subscription: the topic only */
  readonly alarmEmail?: string;
  /** Where CloudWatch metrics from the skill's own log lines go. @default 'BabyMassage' */
  readonly metricNamespace?: string;
}

/** The namespace of the metrics the skill's log lines feed. */
export const DEFAULT_METRIC_NAMESPACE = METRIC_NAMESPACE;

/**
 * Alarms that reach a person: an encrypted SNS topic (with a key of its own), metric filters on the
 * skill's own log lines, and alarms on the handler's metrics and on those filters. The log-line alarms
 * catch the failures the skill handles itself (a store that did not answer is logged and answered, so
 * Lambda's own error metric never sees it).
 */
export class SkillAlarms extends Construct {
  readonly topic: Topic;
  readonly topicKey: Key;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: SkillAlarmsProps) {
    super(scope, id);
    const namespace = props.metricNamespace ?? DEFAULT_METRIC_NAMESPACE;

    // CloudWatch acts for this account's alarms only: without these conditions, an alarm in any other
    // account could have CloudWatch publish to the topic and use its key (the confused deputy).
    const stack = Stack.of(this);
    const cloudWatch = new ServicePrincipal('cloudwatch.amazonaws.com');
    const forThisAccountsAlarms = {
      StringEquals: { 'aws:SourceAccount': stack.account },
      ArnLike: { 'aws:SourceArn': stack.formatArn({ service: 'cloudwatch', resource: 'alarm', resourceName: '*', arnFormat: ArnFormat.COLON_RESOURCE_NAME }) },
    };

    // Alarms reach a person through this topic. It is encrypted with a key of its own, because
    // CloudWatch cannot publish to a topic under the AWS-managed SNS key; CloudWatch needs the key to
    // publish at all.
    this.topicKey = new Key(this, 'TopicKey', {
      description: 'Encrypts the Baby Massage alarm topic',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.topicKey.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsOfThisAccount',
        principals: [cloudWatch],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: forThisAccountsAlarms,
      }),
    );
    // enforceSSL gives the topic a policy of its own (a Deny on publishing without TLS), and a topic
    // policy replaces SNS's default one: CloudWatch may publish only because this policy says so.
    this.topic = new Topic(this, 'Topic', { displayName: 'Baby Massage alarms', masterKey: this.topicKey, enforceSSL: true });
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsOfThisAccount',
        principals: [cloudWatch],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: forThisAccountsAlarms,
      }),
    );
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    const fiveMinutes = Duration.minutes(5);
    this.alarm('ErrorsAlarm', 'The skill handler failed: parents heard an error or nothing at all', props.function.metricErrors({ period: fiveMinutes, statistic: 'Sum' }), 1);
    this.alarm('ThrottlesAlarm', 'The skill handler was throttled: parents got no answer', props.function.metricThrottles({ period: fiveMinutes, statistic: 'Sum' }), 1);
    this.alarm('SlowTurnsAlarm', "Turns are getting close to Alexa's 8-second limit", props.function.metricDuration({ period: fiveMinutes, statistic: 'p99' }), SLOW_TURN_MS, 3);

    // The failures the skill survives on its own still need a person: every line the storage code
    // logs carries `storageFailure` (load or save), and the error handler logs at ERROR level.
    const fromLogs = (metricName: string, pattern: string) => {
      new MetricFilter(this, `${metricName}Filter`, {
        logGroup: props.logGroup,
        metricNamespace: namespace,
        metricName,
        filterPattern: FilterPattern.literal(pattern),
        metricValue: '1',
        defaultValue: 0,
      });
      return new Metric({ namespace, metricName, period: fiveMinutes, statistic: 'Sum' });
    };
    this.alarm('StorageFailuresAlarm', "The saved-places store did not answer: parents' places may not be kept", fromLogs('StorageFailures', '{ $.storageFailure = * }'), 3);
    this.alarm('HandledErrorsAlarm', 'The skill answered with its error message: a handler failed', fromLogs('HandledErrors', '{ $.level = "ERROR" && $.message = "Request failed" }'), 1);
  }

  private alarm(id: string, alarmDescription: string, metric: IMetric, threshold: number, evaluationPeriods = 1): void {
    const alarm = new Alarm(this, id, {
      alarmDescription,
      metric,
      threshold,
      evaluationPeriods,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}
