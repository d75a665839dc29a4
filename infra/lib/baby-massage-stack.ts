import * as path from 'path';
import { ArnFormat, CfnOutput, Duration, RemovalPolicy, Stack, StackProps } from 'aws-cdk-lib';
import { CfnSkill } from 'aws-cdk-lib/alexa-ask';
import { Alarm, ComparisonOperator, IMetric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { ISecret, Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { LAMBDA_BUNDLE } from '../../tools/bundle-options';
import { ROOT, stageSkillPackage } from './skill-package';

/** The stack was asked for something unsafe or incomplete; the message says what to pass instead. */
export class StackConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StackConfigurationError';
  }
}

/** An Alexa skill ID, as the developer console shows it. */
export const SKILL_ID_PATTERN = /^amzn1\.ask\.skill\.[0-9a-f-]{36}$/;

export interface BabyMassageStackProps extends StackProps {
  /**
   * The skill that may invoke the function (context `skillId`). Required unless CloudFormation creates
   * the skill (`lwaSecret` and `vendorId`), in which case the permission is locked to that skill.
   */
  readonly skillId?: string;
  /**
   * Name or ARN of a Secrets Manager secret with `clientId`, `clientSecret` and `refreshToken` of a
   * Login-with-Amazon client. With `vendorId`, the stack also creates the skill (Alexa::ASK::Skill).
   * The values are resolved by CloudFormation at deploy time and never appear in code or templates.
   */
  readonly lwaSecret?: string;
  readonly vendorId?: string;
  /**
   * Whether the created skill's endpoint points at the function (default true). Alexa checks the
   * function's trigger when an endpoint is set, so a brand-new skill is deployed once with `false`
   * (creating the skill and the permission for its new ID) and then again with `true`.
   */
  readonly attachEndpoint?: boolean;
}

/**
 * The Baby Massage skill's backend: the handler as a Lambda function that only the one skill may
 * invoke, a DynamoDB table for parents' saved places, logs with a retention period, alarms, and
 * optionally the skill itself (manifest and interaction models) as an Alexa::ASK::Skill.
 */
export class BabyMassageStack extends Stack {
  readonly table: Table;
  readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, props: BabyMassageStackProps = {}) {
    super(scope, id, props);
    const createsSkill = props.lwaSecret !== undefined || props.vendorId !== undefined;
    validate(props, createsSkill);

    // Saved places: one small item per parent, in the layout of the SDK's own DynamoDB adapter.
    this.table = new Table(this, 'AttributesTable', {
      partitionKey: { name: 'id', type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      // Parents' places outlive the stack: deleting the stack must not delete them.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const logGroup = new LogGroup(this, 'SkillLogs', {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // Only what the function needs: its own log group and three item operations on its own table
    // (instead of the managed AWSLambdaBasicExecutionRole, which may write to any log group).
    const role = new Role(this, 'SkillFunctionRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Baby Massage skill handler: write its logs, read and write its table',
    });
    logGroup.grantWrite(role);
    this.table.grant(role, 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem');

    const functionName = createsSkill ? `${this.stackName}-handler` : undefined;
    const skill = createsSkill ? this.createSkill(props, functionName!) : undefined;
    const skillId = skill ? skill.ref : props.skillId!;

    this.function = new NodejsFunction(this, 'SkillFunction', {
      entry: path.join(ROOT, 'lambda', 'index.ts'),
      handler: 'handler',
      projectRoot: ROOT,
      depsLockFilePath: path.join(ROOT, 'package-lock.json'),
      functionName,
      description: 'Baby Massage: a hands-free infant massage guide for Alexa',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      // Alexa waits about 8 s for a whole turn. A turn normally takes milliseconds plus two DynamoDB
      // calls (each capped at 1.5 s with two attempts in the adapter); 7 s lets a slow turn still be
      // logged as a timeout before Alexa gives up, rather than silently outliving the parent's wait.
      timeout: Duration.seconds(7),
      // 512 MB buys the CPU share that keeps a cold start (loading and compiling the bundle) short;
      // memory itself is barely used.
      memorySize: 512,
      role,
      logGroup,
      environment: {
        TABLE_NAME: this.table.tableName,
        SKILL_ID: skillId,
        POWERTOOLS_SERVICE_NAME: 'baby-massage',
        POWERTOOLS_LOG_LEVEL: 'INFO',
      },
      bundling: {
        // The same options as `npm run build` (tools/bundle-options.ts).
        format: OutputFormat.CJS,
        target: LAMBDA_BUNDLE.target,
        minify: LAMBDA_BUNDLE.minify,
        sourceMap: LAMBDA_BUNDLE.sourcemap,
        externalModules: [...LAMBDA_BUNDLE.external],
      },
    });

    // Alexa may invoke the function only on behalf of this one skill.
    this.function.addPermission('AlexaSkillInvoke', {
      principal: new ServicePrincipal('alexa-appkit.amazon.com'),
      action: 'lambda:InvokeFunction',
      eventSourceToken: skillId,
    });

    const alarm = (id: string, alarmDescription: string, metric: IMetric, threshold: number, evaluationPeriods = 1) =>
      new Alarm(this, id, {
        alarmDescription,
        metric,
        threshold,
        evaluationPeriods,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
    const fiveMinutes = Duration.minutes(5);
    alarm('ErrorsAlarm', 'The skill handler failed: parents heard an error or nothing at all', this.function.metricErrors({ period: fiveMinutes, statistic: 'Sum' }), 1);
    alarm('ThrottlesAlarm', 'The skill handler was throttled: parents got no answer', this.function.metricThrottles({ period: fiveMinutes, statistic: 'Sum' }), 1);
    alarm('SlowTurnsAlarm', "Turns are getting close to Alexa's 8-second limit", this.function.metricDuration({ period: fiveMinutes, statistic: 'p99' }), 3000, 3);

    new CfnOutput(this, 'FunctionArn', { value: this.function.functionArn, description: 'The skill endpoint (Default region) in the developer console' });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'LogGroupName', { value: logGroup.logGroupName });
    new CfnOutput(this, 'SkillId', { value: skillId });
  }

  /** The skill itself, from skill-package/skill.json and interaction-models/, as Alexa::ASK::Skill. */
  private createSkill(props: BabyMassageStackProps, functionName: string): CfnSkill {
    const secret: ISecret = props.lwaSecret!.startsWith('arn:')
      ? Secret.fromSecretCompleteArn(this, 'LwaSecret', props.lwaSecret!)
      : Secret.fromSecretNameV2(this, 'LwaSecret', props.lwaSecret!);
    const skillPackage = new Asset(this, 'SkillPackage', { path: stageSkillPackage() });
    // Alexa reads the package from the CDK assets bucket through this role: that one object only.
    const packageReader = new Role(this, 'SkillPackageReader', {
      assumedBy: new ServicePrincipal('alexa-appkit.amazon.com'),
      description: 'Lets Alexa read the Baby Massage skill package',
    });
    packageReader.addToPolicy(
      new PolicyStatement({ actions: ['s3:GetObject'], resources: [skillPackage.bucket.arnForObjects(skillPackage.s3ObjectKey)] }),
    );
    // Built from the name, not the function's attributes: the function's SKILL_ID refers to the skill,
    // so the skill must not refer back to the function.
    const endpoint = this.formatArn({ service: 'lambda', resource: 'function', resourceName: functionName, arnFormat: ArnFormat.COLON_RESOURCE_NAME });
    return new CfnSkill(this, 'Skill', {
      vendorId: props.vendorId!,
      authenticationConfiguration: {
        clientId: secret.secretValueFromJson('clientId').unsafeUnwrap(),
        clientSecret: secret.secretValueFromJson('clientSecret').unsafeUnwrap(),
        refreshToken: secret.secretValueFromJson('refreshToken').unsafeUnwrap(),
      },
      skillPackage: {
        s3Bucket: skillPackage.s3BucketName,
        s3Key: skillPackage.s3ObjectKey,
        s3BucketRole: packageReader.roleArn,
        ...(props.attachEndpoint === false ? {} : { overrides: { manifest: { apis: { custom: { endpoint: { uri: endpoint } } } } } }),
      },
    });
  }
}

/** Refuses to build a stack that any skill could invoke, or a half-configured skill. */
function validate(props: BabyMassageStackProps, createsSkill: boolean): void {
  if (createsSkill) {
    if (!props.lwaSecret || !props.vendorId) {
      throw new StackConfigurationError('To create the skill with CloudFormation, pass both -c lwaSecret=<secret name or ARN> and -c vendorId=<your vendor ID>.');
    }
    if (props.skillId) {
      throw new StackConfigurationError('Pass either -c skillId=... (a skill you created in the console) or -c lwaSecret/-c vendorId (CloudFormation creates the skill), not both.');
    }
    return;
  }
  if (!props.skillId) {
    throw new StackConfigurationError(
      'No skill ID. Deploy with -c skillId=amzn1.ask.skill.<id> (from the Alexa developer console) so that only your skill can ' +
        'invoke the function; or with -c lwaSecret=... -c vendorId=... to let CloudFormation create the skill.',
    );
  }
  if (!SKILL_ID_PATTERN.test(props.skillId)) {
    throw new StackConfigurationError(`"${props.skillId}" does not look like a skill ID (amzn1.ask.skill.<36 characters>). Copy it from the Alexa developer console.`);
  }
}
