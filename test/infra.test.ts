import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, CfnParameter, CfnResource, Resource, Stack, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { AlexaSkill, ISkill } from '../infra/lib/alexa-skill';
import { BabyMassageStack, BabyMassageStackProps } from '../infra/lib/baby-massage-stack';
import { contentHash } from '../infra/lib/play-along-audio';
import { SkillAlarms } from '../infra/lib/skill-alarms';
import { MANIFEST_FILE, stageSkillPackage } from '../infra/lib/skill-package';
import { ENGLISH_LOCALES, SUPPORTED_LOCALES } from '../lambda/content/locales';
import { buildLambda } from '../tools/build';
import { LAZY_CHUNKS } from '../tools/paths';

const SKILL_ID = 'amzn1.ask.skill.12345678-90ab-cdef-1234-567890abcdef';
const ENV = { account: '123456789012', region: 'us-east-1' };
/** The condition on CloudWatch's use of the alarm topic and its key: this account's alarms only. */
const ALARMS_OF_THIS_ACCOUNT = {
  StringEquals: { 'aws:SourceAccount': '123456789012' },
  ArnLike: { 'aws:SourceArn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':cloudwatch:us-east-1:123456789012:alarm:*']] } },
};

/** A stack without running esbuild (bundling is exercised once, below, for real). */
function synth(props: BabyMassageStackProps, bundle = false): { app: App; stack: BabyMassageStack; template: Template } {
  const app = new App(bundle ? {} : { context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new BabyMassageStack(app, 'BabyMassage', { env: ENV, ...props });
  return { app, stack, template: Template.fromStack(stack) };
}

/** cdk-nag AwsSolutions findings that were not acknowledged. */
function nagFindings(app: App, stack: Stack): string[] {
  return new AwsSolutionsChecks(app).validateScope(stack).violations.map((v) => `${v.ruleName}: ${v.description}`);
}

/** Every finding acknowledged in the stack (Validations.of(scope).acknowledge), where, and why. */
function acknowledgements(stack: Stack): { path: string; id: string; reason: unknown }[] {
  return stack.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) => Object.entries(entry.data as Record<string, unknown>).map(([id, reason]) => ({ path: construct.node.path, id: id.replace(/^annotation::/i, ''), reason }))),
  );
}

/**
 * cdk-nag's findings as if nothing had been acknowledged: rule and construct path. cdk-nag 3 reads
 * acknowledgements in one private method, isAcknowledged; the test overrides it on its own instance.
 */
function allNagFindings(app: App, stack: Stack): { rule: string; path: string }[] {
  const checks = new AwsSolutionsChecks(app);
  Object.defineProperty(checks, 'isAcknowledged', { value: () => false });
  return checks.validateScope(stack).violations.flatMap((v) => v.violatingResources.map((r) => ({ rule: v.ruleName, path: r.constructPath ?? '' })));
}

describe('the stack with a skill ID', () => {
  const { app, stack, template } = synth({ skillId: SKILL_ID });

  it('runs the handler on a current Node runtime on ARM64, sized for Alexa\'s 8 s deadline', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: 512,
      Timeout: 7,
      Environment: {
        Variables: Match.objectLike({
          TABLE_NAME: { Ref: 'AttributesTableD9E333DD' },
          SKILL_ID: SKILL_ID,
          POWERTOOLS_SERVICE_NAME: 'baby-massage',
        }),
      },
    });
  });

  it('lets only this skill invoke the function', () => {
    const permissions = template.findResources('AWS::Lambda::Permission');
    expect(Object.values(permissions)).toHaveLength(1);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: SKILL_ID,
      FunctionName: { 'Fn::GetAtt': [Match.stringLikeRegexp('^BackendSkillFunction'), 'Arn'] },
    });
  });

  it('keeps saved places in a table keyed by id, on demand, with point-in-time recovery, kept when the stack goes', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      Properties: {
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true },
      },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('gives the function two item operations on its own table (it never deletes) and nothing else in DynamoDB', () => {
    const policies = Object.values(template.findResources('AWS::IAM::Policy')).filter((p) => JSON.stringify(p.Properties.Roles).includes('BackendSkillFunctionRole'));
    const statements = policies.flatMap((p) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]);
    const dynamo = statements.filter((s) => [s.Action].flat().some((a) => a.startsWith('dynamodb:')));
    expect(dynamo).toHaveLength(1);
    // Conditional writes are UpdateItem; DeleteItem only for "forget everything about me" and SkillDisabled.
    expect([dynamo[0].Action].flat().sort()).toEqual(['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:UpdateItem']);
    expect([dynamo[0].Resource].flat()).toEqual([{ 'Fn::GetAtt': [expect.stringMatching(/^AttributesTable/), 'Arn'] }]);
    expect(JSON.stringify(statements)).not.toMatch(/"Resource":"\*"/);
    template.hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
  });

  it('logs to its own log group with a retention period', () => {
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 90 });
    template.hasResourceProperties('AWS::Lambda::Function', {
      LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('^BackendSkillLogs') } },
    });
  });

  it('alarms on errors and throttles (and on turns creeping towards the deadline)', () => {
    for (const metric of ['Errors', 'Throttles']) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: metric,
        Namespace: 'AWS/Lambda',
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: Match.stringLikeRegexp('^BackendSkillFunction') } }],
      });
    }
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Duration', ExtendedStatistic: 'p99', Threshold: 3000, EvaluationPeriods: 3 });
  });

  it('alarms on the failures the skill handles itself, from its own log lines', () => {
    template.hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: '{ $.storageFailure = * }',
      LogGroupName: { Ref: Match.stringLikeRegexp('^BackendSkillLogs') },
      MetricTransformations: [{ MetricNamespace: 'BabyMassage', MetricName: 'StorageFailures', MetricValue: '1', DefaultValue: 0 }],
    });
    template.hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: '{ $.level = "ERROR" && $.message = "Request failed" }',
      MetricTransformations: [Match.objectLike({ MetricName: 'HandledErrors' })],
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { Namespace: 'BabyMassage', MetricName: 'StorageFailures', Threshold: 3 });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { Namespace: 'BabyMassage', MetricName: 'HandledErrors', Threshold: 1 });
  });

  it('sends every alarm to an encrypted, SSL-only SNS topic', () => {
    const topic = Object.keys(template.findResources('AWS::SNS::Topic'));
    expect(topic).toHaveLength(1);
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms).toHaveLength(5);
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topic[0] }]);
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^BackendAlarmsTopicKey'), 'Arn'] } });
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    template.resourceCountIs('AWS::SNS::Subscription', 0);
  });

  it("lets CloudWatch publish to the topic only over TLS and only for this account's alarms", () => {
    const policies = Object.values(template.findResources('AWS::SNS::TopicPolicy'));
    expect(policies).toHaveLength(1);
    const topic = { Ref: Object.keys(template.findResources('AWS::SNS::Topic'))[0] };
    expect(policies[0].Properties.Topics).toEqual([topic]);
    const statements = policies[0].Properties.PolicyDocument.Statement;
    expect(statements).toHaveLength(2);
    expect(statements).toContainEqual({
      Sid: 'AllowPublishThroughSSLOnly',
      Effect: 'Deny',
      Principal: '*',
      Action: 'sns:Publish',
      Resource: topic,
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    });
    expect(statements).toContainEqual({
      Sid: 'CloudWatchAlarmsOfThisAccount',
      Effect: 'Allow',
      Principal: { Service: 'cloudwatch.amazonaws.com' },
      Action: 'sns:Publish',
      Resource: topic,
      Condition: ALARMS_OF_THIS_ACCOUNT,
    });
  });

  it("lets CloudWatch use the topic's key only for this account's alarms", () => {
    const keys = Object.values(template.findResources('AWS::KMS::Key'));
    expect(keys).toHaveLength(1);
    const statements: { Principal: unknown }[] = keys[0].Properties.KeyPolicy.Statement;
    const forCloudWatch = statements.filter((s) => JSON.stringify(s.Principal).includes('cloudwatch'));
    expect(forCloudWatch).toEqual([
      {
        Sid: 'CloudWatchAlarmsOfThisAccount',
        Effect: 'Allow',
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        Resource: '*',
        Condition: ALARMS_OF_THIS_ACCOUNT,
      },
    ]);
    // Nothing else in the key policy names a service (the rest is the account's own administration).
    expect(statements.filter((s) => JSON.stringify(s.Principal).includes('Service'))).toHaveLength(1);
  });

  it('keeps the topic, its key, the metric filters and the alarms in one SkillAlarms construct of the backend', () => {
    const alarms = stack.backend.alarms;
    expect(alarms).toBeInstanceOf(SkillAlarms);
    expect(alarms.alarms).toHaveLength(5);
    const logicalIdsOf = (type: string) => Object.keys(template.findResources(type)).sort();
    const under = (type: string) => alarms.node.findAll().filter((c) => c instanceof CfnResource && c.cfnResourceType === type).map((c) => stack.getLogicalId(c as CfnResource)).sort();
    for (const type of ['AWS::SNS::Topic', 'AWS::SNS::TopicPolicy', 'AWS::KMS::Key', 'AWS::Logs::MetricFilter', 'AWS::CloudWatch::Alarm']) {
      expect(logicalIdsOf(type)).toEqual(under(type));
    }
    expect(logicalIdsOf('AWS::Logs::MetricFilter')).toHaveLength(2);
  });

  it('subscribes an e-mail address to the alarms when one is given', () => {
    const withEmail = synth({ skillId: SKILL_ID, alarmEmail: 'parent-support@example.com' }).template;
    withEmail.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'parent-support@example.com' });
  });

  it('keeps the table under the logical ID it was first deployed with, so a deployed table is never replaced', () => {
    expect(Object.keys(template.findResources('AWS::DynamoDB::Table'))).toEqual(['AttributesTableD9E333DD']);
  });

  it('does not create the skill itself without Login-with-Amazon credentials', () => {
    template.resourceCountIs('Alexa::ASK::Skill', 0);
  });

  it('takes the skill as an ISkill imported by ID (AlexaSkill.fromSkillId) and passes its ID on', () => {
    expect(stack.skill).not.toBeInstanceOf(AlexaSkill);
    expect(Resource.isResource(stack.skill)).toBe(true);
    expect(stack.skill.skillId).toBe(SKILL_ID);
    expect(stack.skill.stack).toBe(stack);
    expect(stack.skill.node.path).toBe('BabyMassage/AlexaSkill');
    template.hasOutput('SkillId', { Value: SKILL_ID });
    template.hasResourceProperties('AWS::Lambda::Function', { FunctionName: Match.absent(), Environment: { Variables: Match.objectLike({ SKILL_ID }) } });
  });

  it('has no cdk-nag AwsSolutions findings', () => {
    expect(nagFindings(app, stack)).toEqual([]);
  });
});

describe("the region's dashboard", () => {
  const { template } = synth({ skillId: SKILL_ID });
  const body = () => {
    const dashboards = Object.values(template.findResources('AWS::CloudWatch::Dashboard'));
    expect(dashboards).toHaveLength(1);
    // The body is a CloudFormation join of strings and references: its text, with the references named.
    return JSON.stringify(dashboards[0].Properties.DashboardBody);
  };

  it('shows turns, errors, p99 duration and storage failures', () => {
    const text = body();
    for (const title of ['Turns', 'Errors', 'Duration p99 (ms)', 'Storage failures']) expect(text).toContain(`\\"title\\":\\"${title}\\"`);
    expect(text).toContain('Invocations');
    expect(text).toContain('\\"stat\\":\\"p99\\"');
    expect(text).toContain('StorageFailures');
    expect(text).toContain('HandledErrors');
  });

  it("shows routines started and finished by routine and locale, and fallbacks by locale, from the skill's embedded-metric lines", () => {
    const text = body();
    expect(text).toContain(`SEARCH('{BabyMassage,routine,locale} MetricName=\\\\\\"RoutineStarted\\\\\\"', 'Sum', 300)`);
    expect(text).toContain(`SEARCH('{BabyMassage,routine,locale} MetricName=\\\\\\"RoutineFinished\\\\\\"', 'Sum', 300)`);
    expect(text).toContain(`SEARCH('{BabyMassage,locale} MetricName=\\\\\\"Fallback\\\\\\"', 'Sum', 300)`);
  });

  it('shows where parents stop, a Logs Insights query over the same lines in its log group', () => {
    const text = body();
    expect(text).toContain('Where parents stop');
    expect(text).toContain('filter message = \\\\\\"Routine left\\\\\\"');
    expect(text).toContain('stats count(*) as parents by routine, step');
  });
});

describe('refusing an unsafe or half-made stack', () => {
  it('stops without a skill ID, saying why, instead of letting any skill invoke the function', () => {
    expect(() => synth({})).toThrow(/No skill ID\. Deploy with -c skillId=amzn1\.ask\.skill\.<id>.*only your skill can invoke the function/);
  });

  it('stops on something that is not a skill ID', () => {
    expect(() => synth({ skillId: 'my-skill' })).toThrow(/"my-skill" does not look like a skill ID/);
  });

  it('stops on half the credentials, or on both ways at once', () => {
    expect(() => synth({ lwaSecret: 'baby-massage/lwa' })).toThrow(/pass both -c lwaSecret.*and -c vendorId/);
    expect(() => synth({ skillId: SKILL_ID, lwaSecret: 'baby-massage/lwa', vendorId: 'M1ABCDEF' })).toThrow(/either -c skillId.*not both/);
  });
});

describe('the stack that creates the skill (Alexa::ASK::Skill) from Secrets Manager credentials', () => {
  const { app, stack, template } = synth({ lwaSecret: 'baby-massage/lwa', vendorId: 'M1ABCDEF' });
  const skill = () => Object.values(template.findResources('Alexa::ASK::Skill'))[0];

  it('creates the skill from the package, pointing its endpoint at the function', () => {
    template.resourceCountIs('Alexa::ASK::Skill', 1);
    const { Properties } = skill();
    expect(Properties.VendorId).toBe('M1ABCDEF');
    expect(Properties.SkillPackage.S3Bucket).toBeDefined();
    expect(JSON.stringify(Properties.SkillPackage.Overrides.Manifest.apis.custom.endpoint.uri)).toMatch(/:function:BabyMassage-handler/);
    // Skill events go to the same function: SKILL_DISABLED deletes the parent's data.
    expect(Properties.SkillPackage.Overrides.Manifest.events.endpoint.uri).toEqual(Properties.SkillPackage.Overrides.Manifest.apis.custom.endpoint.uri);
    template.hasResourceProperties('AWS::Lambda::Function', { FunctionName: 'BabyMassage-handler' });
  });

  it('takes credentials only as Secrets Manager references, never values', () => {
    const auth = JSON.stringify(skill().Properties.AuthenticationConfiguration);
    for (const [key, field] of [['ClientId', 'clientId'], ['ClientSecret', 'clientSecret'], ['RefreshToken', 'refreshToken']]) {
      const value = JSON.stringify(skill().Properties.AuthenticationConfiguration[key]);
      expect(value).toMatch(/^\{"Fn::Join":\["",\["\{\{resolve:secretsmanager:arn:"/);
      expect(value).toContain(`:secret:baby-massage/lwa:SecretString:${field}::}}`);
    }
    expect(auth).not.toMatch(/"ClientSecret":"[^{]/);
  });

  it('takes the skill as the AlexaSkill it creates (an ISkill whose ID is the Alexa::ASK::Skill\'s) and passes its ID on', () => {
    const skillLogicalId = Object.keys(template.findResources('Alexa::ASK::Skill'))[0];
    expect(stack.skill).toBeInstanceOf(AlexaSkill);
    expect(Resource.isResource(stack.skill)).toBe(true);
    expect(stack.resolve(stack.skill.skillId)).toEqual({ Ref: skillLogicalId });
    template.hasOutput('SkillId', { Value: { Ref: skillLogicalId } });
  });

  it('locks the invoke permission and the code\'s check to the skill it creates', () => {
    const skillLogicalId = Object.keys(template.findResources('Alexa::ASK::Skill'))[0];
    template.hasResourceProperties('AWS::Lambda::Permission', { Principal: 'alexa-appkit.amazon.com', EventSourceToken: { Ref: skillLogicalId } });
    template.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ SKILL_ID: { Ref: skillLogicalId } }) } });
  });

  it('can create a new skill first without an endpoint (Alexa checks the trigger when one is set)', () => {
    const first = synth({ lwaSecret: 'baby-massage/lwa', vendorId: 'M1ABCDEF', attachEndpoint: false }).template;
    const props = Object.values(first.findResources('Alexa::ASK::Skill'))[0].Properties;
    // No endpoint yet; the store pages' addresses are set from the first deploy.
    expect(Object.keys(props.SkillPackage.Overrides.Manifest)).toEqual(['privacyAndCompliance']);
  });

  it('has no cdk-nag AwsSolutions findings: Alexa may read exactly the one package object', () => {
    expect(nagFindings(app, stack)).toEqual([]);
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [Match.objectLike({ Action: 's3:GetObject', Resource: Match.not(Match.stringLikeRegexp('\\*')) })] },
      Roles: [{ Ref: Match.stringLikeRegexp('^AlexaSkillSkillPackageReader') }],
    });
  });

  it('lets Alexa use the package reader role only on behalf of this account', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [Match.objectLike({ Principal: { Service: 'alexa-appkit.amazon.com' }, Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } })],
      },
    });
  });
});

describe('cdk-nag AwsSolutions', () => {
  const variants: [string, BabyMassageStackProps][] = [
    ['a skill ID, with play-along', { skillId: SKILL_ID }],
    ['a skill ID, without play-along', { skillId: SKILL_ID, playAlong: false }],
    ['a created skill, with an alarm e-mail', { lwaSecret: 'baby-massage/lwa', vendorId: 'M1ABCDEF', alarmEmail: 'parent-support@example.com' }],
    ['environment-agnostic (no account or region from the CLI)', { skillId: SKILL_ID, env: undefined }],
  ];

  it.each(variants)('%s: no findings left, and every acknowledged one has a reason and a finding it answers', (_name, props) => {
    const { app, stack } = synth(props);
    expect(nagFindings(app, stack)).toEqual([]);
    const acknowledged = acknowledgements(stack);
    const findings = allNagFindings(app, stack);
    const within = (path: string, scope: string) => path === scope || path.startsWith(`${scope}/`);
    // Every acknowledgement (aws-cdk-lib's own included) says why.
    for (const { id, reason } of acknowledged) expect({ id, reason: typeof reason === 'string' && reason.trim().length >= 30 }).toEqual({ id, reason: true });
    // Every AwsSolutions acknowledgement answers a finding cdk-nag would report under it: none is stale.
    for (const { path: where, id } of acknowledged.filter((a) => a.id.startsWith('AwsSolutions-'))) {
      expect({ id, where, answers: findings.some((f) => f.rule === id && within(f.path, where)) }).toEqual({ id, where, answers: true });
    }
    // And every finding is one of them.
    for (const finding of findings) expect({ ...finding, acknowledged: acknowledged.some((a) => a.id === finding.rule && within(finding.path, a.path)) }).toEqual({ ...finding, acknowledged: true });
  });

  it('acknowledges AwsSolutions findings only where play-along needs them (three wildcards) and for the store pages\' CloudFront and bucket, each with its reason', () => {
    const all = (props: BabyMassageStackProps) => acknowledgements(synth(props).stack).filter((a) => a.id.startsWith('AwsSolutions-'));
    const ours = (props: BabyMassageStackProps) => all(props).filter((a) => a.path !== 'BabyMassage/StorePages');
    expect(all({ skillId: SKILL_ID }).filter((a) => a.path === 'BabyMassage/StorePages').map((a) => a.id)).toEqual([
      'AwsSolutions-S1',
      'AwsSolutions-CFR1',
      'AwsSolutions-CFR2',
      'AwsSolutions-CFR3',
      'AwsSolutions-CFR4',
    ]);
    const audioObjects = 'Audio objects are one per step under audio/, named by a hash of the words; the keys cannot be listed in advance.';
    expect(ours({ skillId: SKILL_ID }).sort((a, b) => `${a.path} ${a.id}`.localeCompare(`${b.path} ${b.id}`))).toEqual([
      { path: 'BabyMassage/Backend/SkillFunctionRole', id: 'AwsSolutions-IAM5[Resource::<PlayAlongAudioBucket1DABA277.Arn>/audio/*]', reason: audioObjects },
      { path: 'BabyMassage/PlayAlong/RendererRole', id: 'AwsSolutions-IAM5[Resource::*]', reason: 'polly:SynthesizeSpeech has no resource-level permissions (only lexicons do), so its resource is *.' },
      { path: 'BabyMassage/PlayAlong/RendererRole', id: 'AwsSolutions-IAM5[Resource::<PlayAlongAudioBucket1DABA277.Arn>/audio/*]', reason: audioObjects },
    ]);
    expect(ours({ skillId: SKILL_ID, playAlong: false })).toEqual([]);
  });
});

describe('AlexaSkill.fromSkillId', () => {
  const stack = new Stack(new App(), 'Elsewhere', { env: ENV });

  it('gives an ISkill in the scope it is given, with the ID it is given, and creates nothing', () => {
    const skill: ISkill = AlexaSkill.fromSkillId(stack, 'Imported', SKILL_ID);
    expect(skill.skillId).toBe(SKILL_ID);
    expect(skill.stack).toBe(stack);
    expect(skill.env).toEqual({ account: ENV.account, region: ENV.region });
    expect(Template.fromStack(stack).toJSON().Resources).toBeUndefined();
  });

  it('takes a token (a parameter, an import) as it is, and refuses what is not a skill ID', () => {
    const fromParameter = new CfnParameter(stack, 'SkillIdParameter');
    expect(AlexaSkill.fromSkillId(stack, 'FromParameter', fromParameter.valueAsString).skillId).toBe(fromParameter.valueAsString);
    expect(() => AlexaSkill.fromSkillId(stack, 'NotAnId', 'my-skill')).toThrow('"my-skill" is not an Alexa skill ID (amzn1.ask.skill.<36 characters>).');
  });
});

describe('the skill package', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')).manifest;

  it.each(ENGLISH_LOCALES)('%s: named, with the not-medical-advice disclaimer and phrases that start the skill', (locale) => {
    const info = manifest.publishingInformation.locales[locale];
    expect(info.name).toBe('Baby Massage');
    expect(info.description).toMatch(/not a substitute for professional medical advice/);
    expect(info.summary).toMatch(/Not medical advice/);
    expect(info.examplePhrases[0]).toBe('Alexa, start baby massage');
    expect(info.examplePhrases.every((p: string) => /^Alexa, (start|ask) baby massage/.test(p))).toBe(true);
  });

  it('declares the AudioPlayer interface, for play-along', () => {
    expect(manifest.apis.custom.interfaces).toContainEqual({ type: 'AUDIO_PLAYER' });
  });

  it('subscribes to SKILL_DISABLED and asks for the reminders permission, nothing more', () => {
    expect(manifest.events).toEqual({ subscriptions: [{ eventName: 'SKILL_DISABLED' }] });
    expect(manifest.permissions).toEqual([{ name: 'alexa::alerts:reminders:skill:readwrite' }]);
  });

  it('declares no child direction, purchases, ads or personal data', () => {
    expect(manifest.privacyAndCompliance).toMatchObject({ allowsPurchases: false, usesPersonalInfo: false, isChildDirected: false, containsAds: false });
    expect(manifest.publishingInformation.category).toBe('HEALTH_AND_FITNESS');
  });

  it('is staged with the real interaction models, not copies', () => {
    const dir = stageSkillPackage();
    expect(readdirSync(path.join(dir, 'interactionModels', 'custom')).sort()).toEqual(SUPPORTED_LOCALES.map((l) => `${l}.json`).sort());
    for (const locale of SUPPORTED_LOCALES) {
      expect(readFileSync(path.join(dir, 'interactionModels', 'custom', `${locale}.json`), 'utf8')).toBe(
        readFileSync(path.join(__dirname, '..', 'interaction-models', `${locale}.json`), 'utf8'),
      );
    }
  });
});

describe('play-along audio', () => {
  const { app, stack, template } = synth({ skillId: SKILL_ID });
  const bucketId = () => Object.keys(template.findResources('AWS::S3::Bucket')).find((id) => id.startsWith('PlayAlongAudioBucket'))!;

  it('keeps the audio in a private, encrypted, SSL-only bucket with access logs', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      LoggingConfiguration: { DestinationBucketName: { Ref: Match.stringLikeRegexp('^PlayAlongAccessLogs') } },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId() },
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  it('renders at deploy time with a custom resource whose input changes exactly when the words do', () => {
    const renders = Object.values(template.findResources('Custom::PlayAlongAudio'));
    expect(renders).toHaveLength(1);
    expect(renders[0].Properties.ServiceToken).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^PlayAlongRenderer/), 'Arn'] });
    expect(renders[0].Properties.Words).toBe(contentHash());
    expect(contentHash()).toMatch(/^[0-9a-f]{64}$/);
    template.hasResourceProperties('AWS::Lambda::Function', { Runtime: 'nodejs24.x', Timeout: 900, Environment: { Variables: { AUDIO_BUCKET: { Ref: bucketId() } } } });
  });

  it('lets the renderer call Polly and read and write audio objects, and the skill only read them', () => {
    const statementsOf = (role: string) =>
      Object.values(template.findResources('AWS::IAM::Policy'))
        .filter((p) => JSON.stringify(p.Properties.Roles).includes(role))
        .flatMap((p) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]);
    const objects = { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId(), 'Arn'] }, '/audio/*']] };
    const renderer = statementsOf('PlayAlongRendererRole');
    expect(renderer).toContainEqual(expect.objectContaining({ Action: 'polly:SynthesizeSpeech', Resource: '*' }));
    expect(renderer).toContainEqual(expect.objectContaining({ Action: ['s3:GetObject', 's3:PutObject'], Resource: objects }));
    const skill = statementsOf('BackendSkillFunctionRole').filter((st) => [st.Action].flat().some((a) => a.startsWith('s3:')));
    expect(skill).toEqual([expect.objectContaining({ Action: 's3:GetObject', Resource: objects })]);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ SKILL_ID: SKILL_ID, AUDIO_BUCKET: { Ref: bucketId() } }) },
    });
  });

  it('is cdk-nag clean, with every acknowledged finding given a reason', () => {
    expect(nagFindings(app, stack)).toEqual([]);
  });

  it('can be left out', () => {
    const without = synth({ skillId: SKILL_ID, playAlong: false }).template;
    without.resourceCountIs('Custom::PlayAlongAudio', 0);
    expect(Object.keys(without.findResources('AWS::S3::Bucket'))).toEqual([expect.stringMatching(/^StorePages/)]);
  });
});

describe('bundling for real', () => {
  let bundles: { dir: string; code: string }[] = [];
  let functions = 0;
  const skill = () => bundles.find((b) => b.code.includes('Welcome to baby massage') && !b.code.includes('SynthesizeSpeechCommand'));
  const renderer = () => bundles.find((b) => b.code.includes('SynthesizeSpeechCommand'));

  beforeAll(() => {
    const { app, template } = synth({ skillId: SKILL_ID }, true);
    const assembly = app.synth();
    functions = Object.keys(template.findResources('AWS::Lambda::Function')).length;
    bundles = readdirSync(assembly.directory)
      .map((name) => path.join(assembly.directory, name))
      .filter((dir) => path.basename(dir).startsWith('asset.') && existsSync(path.join(dir, 'index.js')))
      .map((dir) => ({ dir, code: readFileSync(path.join(dir, 'index.js'), 'utf8') }));
  });

  it('NodejsFunction bundles the handler, the renderer and the pages\' publisher with local esbuild: minified, source map, AWS SDK external, no GPL code', () => {
    expect(functions).toBe(3);
    expect(bundles).toHaveLength(3);
    const skillBundle = skill();
    const rendererBundle = renderer();
    if (!skillBundle || !rendererBundle) throw new Error('the skill or the renderer bundle is missing');
    expect(existsSync(path.join(skillBundle.dir, 'index.js.map'))).toBe(true);
    // Beside index.js, as `npm run build` lays them out: the rarely needed code, and the APL document.
    expect(readFileSync(path.join(skillBundle.dir, 'play-along.js'), 'utf8')).toContain('Play-along audio is not configured');
    expect(existsSync(path.join(skillBundle.dir, 'screens', 'document.json'))).toBe(true);
    expect(skillBundle.code).not.toContain('Play-along audio is not configured');
    expect(skillBundle.code.length).toBeLessThan(200 * 1024);
    expect(skillBundle.code.split('\n').length).toBeLessThan(20); // minified
    expect(skillBundle.code).toMatch(/require\("@aws-sdk\/lib-dynamodb"\)/);
    expect(skillBundle.code).not.toMatch(/DynamoDBDocumentClient\s*=\s*class/);
    for (const { code } of bundles) expect(code).not.toMatch(/espeak/i);
    expect(rendererBundle.code).toMatch(/require\("@aws-sdk\/client-polly"\)/);
    const publisher = bundles.find((b) => b.code.includes('PAGES_BUCKET'));
    expect(publisher?.code).toMatch(/require\("@aws-sdk\/client-s3"\)/);
    expect(publisher?.code.length).toBeLessThan(10 * 1024);
  });

  it('puts every lazy chunk of tools/paths.ts (LAZY_CHUNKS) in the skill\'s asset directory, minified, with its source map', () => {
    const dir = skill()?.dir ?? '';
    expect(LAZY_CHUNKS.length).toBeGreaterThan(0);
    for (const chunk of LAZY_CHUNKS) {
      expect(existsSync(path.join(dir, chunk.file))).toBe(true);
      expect(existsSync(path.join(dir, `${chunk.file}.map`))).toBe(true);
      expect(readFileSync(path.join(dir, chunk.file), 'utf8').split('\n').length).toBeLessThan(20);
    }
    for (const { dir: other } of bundles.filter((b) => b.dir !== dir)) {
      for (const chunk of LAZY_CHUNKS) expect(existsSync(path.join(other, chunk.file))).toBe(false);
    }
  });

  it('lays out the skill exactly as `npm run build` does: the same files, and index.js, every chunk and the screens byte for byte', async () => {
    const dir = skill()?.dir ?? '';
    const built = mkdtempSync(path.join(os.tmpdir(), 'baby-massage-build-'));
    await buildLambda(path.join(built, 'index.js'));
    const files = (root: string): string[] => readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => !statSync(path.join(root, f)).isDirectory()).sort();
    expect(files(dir)).toEqual(files(built));
    // Source maps name their sources relative to where they were written, so only the code is compared.
    const code = files(built).filter((f) => !f.endsWith('.map'));
    expect(code).toEqual(expect.arrayContaining(['index.js', ...LAZY_CHUNKS.map((c) => c.file), path.join('screens', 'document.json')]));
    for (const file of code) expect({ file, same: readFileSync(path.join(dir, file)).equals(readFileSync(path.join(built, file))) }).toEqual({ file, same: true });
  });
});
