import * as path from 'path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, IMetric, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { AttributeType, BillingMode, CfnTable, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { FilterPattern, LogGroup, MetricFilter, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { lambdaBundling } from './bundling';
import { LAMBDA_BUNDLE } from '../../tools/bundle-options';
import { LAZY_CHUNKS, LAMBDA_ENTRY, ROOT, SCREENS_DIR, SCREEN_FILES } from '../../tools/paths';

export interface SkillBackendProps {
  /** The one skill that may invoke the function; the code checks it on every request too. */
  readonly skillId: string;
  /**
   * A fixed function name, when something must find the function by name before it exists (the
   * skill that CloudFormation creates points its endpoint at it). @default a generated name
   */
  readonly functionName?: string;
  /** Who hears about alarms by e-mail (context `alarmEmail`). @default no subscription: the topic only */
  readonly alarmEmail?: string;
  /** Where CloudWatch metrics from the skill's own log lines go. @default 'BabyMassage' */
  readonly metricNamespace?: string;
}

/** The namespace of the metrics the skill's log lines feed. */
export const DEFAULT_METRIC_NAMESPACE = 'BabyMassage';

/**
 * The skill's backend: the handler as a Lambda function that only one skill may invoke, a DynamoDB
 * table for parents' saved places, logs with a retention period, and alarms that reach a person
 * through an SNS topic, including on the failures the skill handles itself (a store that did not
 * answer is logged and answered, so Lambda's own error metric never sees it).
 */
export class SkillBackend extends Construct {
  readonly table: Table;
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;
  readonly alarmTopic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: SkillBackendProps) {
    super(scope, id);
    const namespace = props.metricNamespace ?? DEFAULT_METRIC_NAMESPACE;

    // Saved places: one small item per parent, in the layout of the SDK's own DynamoDB adapter.
    this.table = new Table(this, 'AttributesTable', {
      partitionKey: { name: 'id', type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      // Parents' places outlive the stack: deleting the stack must not delete them.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // The logical ID it had before this construct existed: a new one would orphan the deployed table
    // (it is retained) and start every parent again from an empty one.
    (this.table.node.defaultChild as CfnTable).overrideLogicalId('AttributesTableD9E333DD');

    this.logGroup = new LogGroup(this, 'SkillLogs', {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // Only what the function needs: its own log group, and reading and writing one item at a time in
    // its own table (it never deletes), instead of the managed AWSLambdaBasicExecutionRole, which
    // may write to any log group.
    const role = new Role(this, 'SkillFunctionRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Baby Massage skill handler: write its logs, read and write its table',
    });
    this.logGroup.grantWrite(role);
    this.table.grant(role, 'dynamodb:GetItem', 'dynamodb:PutItem');

    this.function = new NodejsFunction(this, 'SkillFunction', {
      entry: LAMBDA_ENTRY,
      handler: 'handler',
      projectRoot: ROOT,
      depsLockFilePath: path.join(ROOT, 'package-lock.json'),
      functionName: props.functionName,
      description: 'Baby Massage: a hands-free infant massage guide for Alexa',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      // Alexa waits about 8 s for a whole turn. A turn normally takes milliseconds plus at most a load
      // and a save, each capped at 1.5 s by the adapter; 7 s lets a stuck turn still be logged as a
      // timeout before Alexa gives up, rather than silently outliving the parent's wait.
      timeout: Duration.seconds(7),
      // 512 MB buys the CPU share that keeps a cold start (loading and compiling the bundle) short;
      // memory itself is barely used.
      memorySize: 512,
      role,
      logGroup: this.logGroup,
      environment: {
        TABLE_NAME: this.table.tableName,
        SKILL_ID: props.skillId,
        POWERTOOLS_SERVICE_NAME: 'baby-massage',
        POWERTOOLS_LOG_LEVEL: 'INFO',
      },
      bundling: lambdaBundling({
        // The extras bundle and the APL document ship beside index.js, as `npm run build` lays them out
        // (tools/build.ts), with the same esbuild.
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (_inputDir: string, outputDir: string) => [
            ...LAZY_CHUNKS.map((chunk) => [
              `"${path.join(ROOT, 'node_modules', '.bin', 'esbuild')}"`,
              `"${chunk.entry}"`,
              '--bundle',
              '--platform=node',
              '--format=cjs',
              `--target=${LAMBDA_BUNDLE.target}`,
              '--minify',
              '--sourcemap',
              ...LAMBDA_BUNDLE.external.map((pattern) => `--external:${pattern}`),
              `--outfile="${outputDir}/${chunk.file}"`,
              '--log-level=warning',
            ].join(' ')),
            `mkdir -p "${outputDir}/screens"`,
            ...SCREEN_FILES.map((file) => `cp "${path.join(SCREENS_DIR, file)}" "${outputDir}/screens/${file}"`),
          ],
        },
      }),
    });

    // Alexa may invoke the function only on behalf of this one skill.
    this.function.addPermission('AlexaSkillInvoke', {
      principal: new ServicePrincipal('alexa-appkit.amazon.com'),
      action: 'lambda:InvokeFunction',
      eventSourceToken: props.skillId,
    });

    // Alarms reach a person through this topic. It is encrypted with a key of its own, because
    // CloudWatch cannot publish to a topic under the AWS-managed SNS key.
    const key = new Key(this, 'AlarmTopicKey', {
      description: 'Encrypts the Baby Massage alarm topic',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.alarmTopic = new Topic(this, 'AlarmTopic', { displayName: 'Baby Massage alarms', masterKey: key, enforceSSL: true });
    if (props.alarmEmail) this.alarmTopic.addSubscription(new EmailSubscription(props.alarmEmail));

    const fiveMinutes = Duration.minutes(5);
    this.alarm('ErrorsAlarm', 'The skill handler failed: parents heard an error or nothing at all', this.function.metricErrors({ period: fiveMinutes, statistic: 'Sum' }), 1);
    this.alarm('ThrottlesAlarm', 'The skill handler was throttled: parents got no answer', this.function.metricThrottles({ period: fiveMinutes, statistic: 'Sum' }), 1);
    this.alarm('SlowTurnsAlarm', "Turns are getting close to Alexa's 8-second limit", this.function.metricDuration({ period: fiveMinutes, statistic: 'p99' }), 3000, 3);

    // The failures the skill survives on its own still need a person: every line the storage code
    // logs carries `storageFailure` (load or save), and the error handler logs at ERROR level.
    const fromLogs = (metricName: string, pattern: string) => {
      new MetricFilter(this, `${metricName}Filter`, {
        logGroup: this.logGroup,
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
    alarm.addAlarmAction(new SnsAction(this.alarmTopic));
    this.alarms.push(alarm);
  }
}
