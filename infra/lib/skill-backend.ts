import * as path from 'path';
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AttributeType, BillingMode, CfnTable, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { BESIDE_INDEX_HOOKS, lambdaBundling } from './bundling';
import { SkillAlarms } from './skill-alarms';
import { SkillDashboard } from './skill-dashboard';
import { LAMBDA_ENTRY, ROOT } from '../../tools/paths';

export { DEFAULT_METRIC_NAMESPACE } from './skill-alarms';

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
  /**
   * The table parents' places were kept in before this region had its own (the NA stack's, in
   * us-east-1): an item not found here is read from there once, written here and deleted there.
   * @default none: this table is the only one
   */
  readonly formerTable?: { readonly tableName: string; readonly region: string };
}

/**
 * The skill's backend: the handler as a Lambda function that only one skill may invoke, a DynamoDB
 * table for parents' saved places, logs with a retention period, and the alarms that watch them
 * (skill-alarms.ts).
 */
export class SkillBackend extends Construct {
  readonly table: Table;
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;
  /** The alarm topic, its key, the metric filters and the alarms. */
  readonly alarms: SkillAlarms;
  readonly dashboard: SkillDashboard;

  constructor(scope: Construct, id: string, props: SkillBackendProps) {
    super(scope, id);

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

    // Only what the function needs: its own log group, and reading, writing (UpdateItem, conditional on
    // the item's version) and deleting one item at a time in its own table, instead of the managed
    // AWSLambdaBasicExecutionRole, which may write to any log group. DeleteItem is there for one reason:
    // a parent's "forget everything about me", and the skill being disabled (AlexaSkillEvent.SkillDisabled).
    const role = new Role(this, 'SkillFunctionRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Baby Massage skill handler: write its logs, read and write its table',
    });
    this.logGroup.grantWrite(role);
    this.table.grant(role, 'dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem');
    // The former home of this region's parents' places: read an item and, once it is here, delete it there.
    const former = props.formerTable;
    if (former) {
      const formerArn = Stack.of(this).formatArn({ service: 'dynamodb', region: former.region, resource: 'table', resourceName: former.tableName });
      role.addToPolicy(new PolicyStatement({ actions: ['dynamodb:GetItem', 'dynamodb:DeleteItem'], resources: [formerArn] }));
    }

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
        ...(former ? { FORMER_TABLE_NAME: former.tableName, FORMER_TABLE_REGION: former.region } : {}),
        SKILL_ID: props.skillId,
        POWERTOOLS_SERVICE_NAME: 'baby-massage',
        POWERTOOLS_LOG_LEVEL: 'INFO',
      },
      // The lazy chunks and the APL document ship beside index.js, as `npm run build` lays them out,
      // built by tools/build.ts with the same options as index.js.
      bundling: lambdaBundling({ commandHooks: BESIDE_INDEX_HOOKS }),
    });

    // Alexa may invoke the function only on behalf of this one skill.
    this.function.addPermission('AlexaSkillInvoke', {
      principal: new ServicePrincipal('alexa-appkit.amazon.com'),
      action: 'lambda:InvokeFunction',
      eventSourceToken: props.skillId,
    });

    // Alarms that reach a person, on the handler's metrics and on its own log lines.
    this.alarms = new SkillAlarms(this, 'Alarms', {
      function: this.function,
      logGroup: this.logGroup,
      alarmEmail: props.alarmEmail,
      metricNamespace: props.metricNamespace,
    });
    // What a person looks at: turns, errors, time, storage, routines and fallbacks, where parents stop.
    this.dashboard = new SkillDashboard(this, 'Dashboard', { function: this.function, logGroup: this.logGroup, metricNamespace: props.metricNamespace });
  }
}
