import { mkdtempSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { Context } from 'aws-lambda';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { contentHash } from '../infra/lib/play-along-audio';
import { babyMassageStacks } from '../infra/lib/context';
import { ALEXA_REGIONS, ALEXA_REGION_NAMES, AlexaRegion, LOCALE_HOMES } from '../infra/lib/regions';
import { contentFor } from '../lambda/content';
import { SUPPORTED_LOCALES } from '../lambda/content/locales';
import { TEST_APPLICATION_ID } from '../tools/alexa/envelope';
import { resolverFor } from '../tools/alexa/resolver';
import { AlexaSession } from '../tools/alexa/session';
import { LOCAL_AWS_ENV, LocalDynamo } from './support/dynalite';

/**
 * Every region serves every locale: a device may speak en-US in Germany, or English with another
 * language. Each region's stack is synthesized as `cdk --all` makes it, its function's environment is
 * taken from the template (tables pointed at dynalite on 127.0.0.1), and the real Lambda entry point
 * (lambda/index.ts) answers a parent in every locale, as it would in that region.
 */

type Template = { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };

const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
const stacks = babyMassageStacks(app, 'BabyMassage', { skillId: TEST_APPLICATION_ID, env: { account: '123456789012' } });
const assembly = app.synth();
const templateOf = (region: AlexaRegion) => assembly.getStackByName(stacks[region].stackName).template as Template;

/** The skill function's environment variables, as the region's template sets them. */
function skillEnvironment(region: AlexaRegion): Record<string, unknown> {
  const fn = Object.values(templateOf(region).Resources).find(
    (r) => r.Type === 'AWS::Lambda::Function' && (r.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables?.TABLE_NAME !== undefined,
  );
  return (fn?.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
}

/** A local table for each region's `AttributesTable`. */
const localTable = (region: AlexaRegion) => `attributes-${region}`;

/** The NA stack's resources as they were when one stack served every region: none may be renamed. */
const NA_LOGICAL_IDS_BEFORE_REGIONS = [
  'AttributesTableD9E333DD AWS::DynamoDB::Table',
  'BackendSkillLogs0EC44AF4 AWS::Logs::LogGroup',
  'BackendSkillFunctionRole0CE97F1D AWS::IAM::Role',
  'BackendSkillFunctionRoleDefaultPolicyDD7C927B AWS::IAM::Policy',
  'BackendSkillFunction8FF67CC1 AWS::Lambda::Function',
  'BackendSkillFunctionAlexaSkillInvoke90FDCFA0 AWS::Lambda::Permission',
  'BackendAlarmsTopicKey1BCE656E AWS::KMS::Key',
  'BackendAlarmsTopic3C9C33CC AWS::SNS::Topic',
  'BackendAlarmsTopicPolicyFB7CA141 AWS::SNS::TopicPolicy',
  'BackendAlarmsErrorsAlarm68484F19 AWS::CloudWatch::Alarm',
  'BackendAlarmsThrottlesAlarm755957DE AWS::CloudWatch::Alarm',
  'BackendAlarmsSlowTurnsAlarm0BB5EB10 AWS::CloudWatch::Alarm',
  'BackendAlarmsStorageFailuresFilter3368D7E5 AWS::Logs::MetricFilter',
  'BackendAlarmsStorageFailuresAlarm503B3CDA AWS::CloudWatch::Alarm',
  'BackendAlarmsHandledErrorsFilterE2A19B1C AWS::Logs::MetricFilter',
  'BackendAlarmsHandledErrorsAlarm215F31F4 AWS::CloudWatch::Alarm',
  'BackendDashboardDE4FB3C3 AWS::CloudWatch::Dashboard',
  'PlayAlongAccessLogs9C2B968F AWS::S3::Bucket',
  'PlayAlongAccessLogsPolicyE382A62D AWS::S3::BucketPolicy',
  'PlayAlongAudioBucket1DABA277 AWS::S3::Bucket',
  'PlayAlongAudioBucketPolicy129B2CC9 AWS::S3::BucketPolicy',
  'PlayAlongRendererLogs45528BEC AWS::Logs::LogGroup',
  'PlayAlongRendererRole377172F5 AWS::IAM::Role',
  'PlayAlongRendererRoleDefaultPolicy379DD031 AWS::IAM::Policy',
  'PlayAlongRenderer074A4F6D AWS::Lambda::Function',
  'PlayAlongRender00A3C453 Custom::PlayAlongAudio',
];

describe('one app, one stack per Alexa region', () => {
  it('names and places the three stacks; EU and FE deploy after NA, whose skill and table they use', () => {
    expect(ALEXA_REGION_NAMES.map((region) => [stacks[region].stackName, stacks[region].region])).toEqual([
      ['BabyMassage', 'us-east-1'],
      ['BabyMassage-EU', 'eu-west-1'],
      ['BabyMassage-FE', 'us-west-2'],
    ]);
    expect(stacks.EU.dependencies).toContain(stacks.NA);
    expect(stacks.FE.dependencies).toContain(stacks.NA);
    expect(stacks.NA.dependencies).toEqual([]);
  });

  it("keeps the NA stack's name and every logical ID it had, so its table and every parent's place stay", () => {
    const resources = templateOf('NA').Resources;
    const ids = Object.entries(resources).map(([id, r]) => `${id} ${r.Type}`);
    for (const before of NA_LOGICAL_IDS_BEFORE_REGIONS) expect(ids).toContain(before);
    expect((resources.AttributesTableD9E333DD as { DeletionPolicy?: string }).DeletionPolicy).toBe('Retain');
  });
});

describe("each region's stack", () => {
  it.each(ALEXA_REGION_NAMES)('%s: its own retained table and audio bucket, a function only the skill may invoke, its own dashboard, nothing cdk-nag finds', (region) => {
    const resources = Object.values(templateOf(region).Resources);
    const ofType = (type: string) => resources.filter((r) => r.Type === type);
    expect(ofType('AWS::DynamoDB::Table')).toHaveLength(1);
    // The audio and its access logs; NA also publishes the store's pages.
    expect(ofType('AWS::S3::Bucket')).toHaveLength(region === 'NA' ? 3 : 2);
    expect(ofType('AWS::CloudFront::Distribution')).toHaveLength(region === 'NA' ? 1 : 0);
    const permissions = ofType('AWS::Lambda::Permission');
    expect(permissions.map((p) => [p.Properties.Principal, p.Properties.EventSourceToken])).toEqual([['alexa-appkit.amazon.com', TEST_APPLICATION_ID]]);
    expect(ofType('AWS::CloudWatch::Dashboard').map((d) => d.Properties.DashboardName)).toEqual([`BabyMassage-${ALEXA_REGIONS[region]}`]);
    expect(new AwsSolutionsChecks(app).validateScope(stacks[region]).violations).toEqual([]);
  });

  it.each(['EU', 'FE'] as const)("%s: may read and delete in NA's table (to move an item), and nothing more there", (region) => {
    const policies = Object.values(templateOf(region).Resources).filter((r) => r.Type === 'AWS::IAM::Policy');
    const statements = policies.flatMap((p) => (p.Properties.PolicyDocument as { Statement: { Action: unknown; Resource: unknown }[] }).Statement);
    const onNa = statements.filter((st) => JSON.stringify(st.Resource).includes(':dynamodb:us-east-1:'));
    expect(onNa).toHaveLength(1);
    expect(onNa[0].Action).toEqual(['dynamodb:GetItem', 'dynamodb:DeleteItem']);
    expect(JSON.stringify(onNa[0].Resource)).toMatch(/:table\/.*ExportsReader.*RefAttributesTableD9E333DD/);
  });

  it.each(ALEXA_REGION_NAMES)('%s: its function keeps places in its own table; EU and FE read a parent\'s item once from the NA table', (region) => {
    const env = skillEnvironment(region);
    expect(env.TABLE_NAME).toEqual({ Ref: 'AttributesTableD9E333DD' });
    expect(env.SKILL_ID).toBe(TEST_APPLICATION_ID);
    if (region === 'NA') {
      expect(env.FORMER_TABLE_NAME).toBeUndefined();
    } else {
      // NA's table name crosses regions as an SSM parameter the NA stack writes in this region.
      expect(JSON.stringify(env.FORMER_TABLE_NAME)).toMatch(/ExportsReader.*RefAttributesTableD9E333DD/);
      expect(env.FORMER_TABLE_REGION).toBe('us-east-1');
    }
  });

  it.each(ALEXA_REGION_NAMES)('%s: renders and serves play-along audio for every locale', (region) => {
    const render = Object.values(templateOf(region).Resources).find((r) => r.Type === 'Custom::PlayAlongAudio');
    expect(render?.Properties.Words).toBe(contentHash());
    expect(skillEnvironment(region).AUDIO_BUCKET).toEqual({ Ref: 'PlayAlongAudioBucket1DABA277' });
  });
});

describe('every locale reaches every region', () => {
  const dynamo = new LocalDynamo(mkdtempSync(path.join(os.tmpdir(), 'bm-regions-')));
  const saved: Record<string, string | undefined> = {};
  const handlers = new Map<AlexaRegion, (event: RequestEnvelope, context: Context) => Promise<ResponseEnvelope>>();
  const keys = ['TABLE_NAME', 'FORMER_TABLE_NAME', 'FORMER_TABLE_REGION', 'SKILL_ID', 'DYNAMODB_ENDPOINT', 'POWERTOOLS_LOG_LEVEL', ...Object.keys(LOCAL_AWS_ENV)];

  beforeAll(async () => {
    for (const key of keys) saved[key] = process.env[key];
    Object.assign(process.env, LOCAL_AWS_ENV);
    await dynamo.start();
    for (const region of ALEXA_REGION_NAMES) {
      await dynamo.createTable(localTable(region));
      const env = skillEnvironment(region);
      // The template's values, with its table references pointed at the local tables.
      process.env.TABLE_NAME = localTable(region);
      process.env.SKILL_ID = String(env.SKILL_ID);
      process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
      process.env.POWERTOOLS_LOG_LEVEL = 'ERROR';
      if (env.FORMER_TABLE_NAME !== undefined) {
        process.env.FORMER_TABLE_NAME = localTable('NA');
        process.env.FORMER_TABLE_REGION = String(env.FORMER_TABLE_REGION);
      } else {
        delete process.env.FORMER_TABLE_NAME;
        delete process.env.FORMER_TABLE_REGION;
      }
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- the Lambda entry reads its environment at load, once per region
        handlers.set(region, (require('../lambda/index') as typeof import('../lambda/index')).handler);
      });
    }
  });

  afterAll(async () => {
    await dynamo.stop();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it.each(SUPPORTED_LOCALES.flatMap((locale) => ALEXA_REGION_NAMES.map((region) => [locale, region] as const)))(
    '%s in %s: a massage starts in its words, a health answer ends with its not-medical-advice line, and the place is kept in that region',
    async (locale, region) => {
      const userId = `amzn1.ask.account.${locale}-IN-${region}`;
      const handler = handlers.get(region)!;
      const alexa = new AlexaSession({ locale, userId, resolver: resolverFor(locale), invoke: (envelope) => handler(envelope, { functionName: `BabyMassage-${region}` } as Context) });
      // Each locale in its own words: the welcome, and a health answer's line naming its professional.
      const { phrases, questions } = contentFor(locale);
      expect((await alexa.sendRaw({ type: 'LaunchRequest' })).speech.startsWith(phrases.welcome.split('.')[0])).toBe(true);
      expect((await alexa.sendRaw({ intent: 'BenefitsIntent', slots: { topic: { value: 'sleep', slotType: 'BENEFIT_TOPIC', id: 'sleep' } } })).speech).toContain(questions.notMedicalAdvice);
      await alexa.sendRaw({ intent: 'AMAZON.PauseIntent' });
      expect(await dynamo.item(localTable(region), userId)).toMatchObject({ attributes: { routine: { routineId: 'full', status: 'paused' } } });
      for (const other of ALEXA_REGION_NAMES.filter((r) => r !== region)) expect(await dynamo.item(localTable(other), userId)).toBeUndefined();
    },
  );

  it("records each locale's home region in one table, among the three", () => {
    for (const locale of SUPPORTED_LOCALES) expect(Object.keys(ALEXA_REGIONS)).toContain(LOCALE_HOMES[locale].region);
  });
});

describe('the skill CloudFormation creates, served from three regions', () => {
  const created = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const three = babyMassageStacks(created, 'BabyMassage', { lwaSecret: 'baby-massage/lwa', vendorId: 'M1ABCDEF', env: { account: '123456789012' } });
  const cloud = created.synth();
  const resources = (region: AlexaRegion) => Object.values((cloud.getStackByName(three[region].stackName).template as Template).Resources);

  it("names each region's function in the manifest's apis.custom.regions and events.regions, and the NA function as the default", () => {
    const skill = resources('NA').find((r) => r.Type === 'Alexa::ASK::Skill');
    const manifest = (skill?.Properties.SkillPackage as { Overrides: { Manifest: Record<string, { endpoint: unknown; regions: Record<string, unknown> }> } }).Overrides.Manifest;
    const arn = (region: string, name: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:lambda:${region}:123456789012:function:${name}`]] });
    const regions = { EU: { endpoint: { uri: arn('eu-west-1', 'BabyMassage-EU-handler') } }, FE: { endpoint: { uri: arn('us-west-2', 'BabyMassage-FE-handler') } } };
    expect((manifest.apis as unknown as { custom: unknown }).custom).toEqual({ endpoint: { uri: arn('us-east-1', 'BabyMassage-handler') }, regions });
    expect(manifest.events).toEqual({ endpoint: { uri: arn('us-east-1', 'BabyMassage-handler') }, regions });
    // Every locale's privacy policy and terms of use: the pages the NA stack publishes.
    const page = (file: string) => ({ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [expect.stringMatching(/^StorePagesDistribution/), 'DomainName'] }, `/${file}`]] });
    const locales = (manifest.privacyAndCompliance as unknown as { locales: Record<string, unknown> }).locales;
    expect(Object.keys(locales).sort()).toEqual([...SUPPORTED_LOCALES].sort());
    for (const locale of SUPPORTED_LOCALES) expect(locales[locale]).toEqual({ privacyPolicyUrl: page('privacy-policy.html'), termsOfUseUrl: page('terms-of-use.html') });
  });

  it.each(['EU', 'FE'] as const)('%s: its function has the name the manifest gives it, and only the created skill may invoke it', (region) => {
    const fn = resources(region).find((r) => r.Type === 'AWS::Lambda::Function' && r.Properties.FunctionName !== undefined);
    expect(fn?.Properties.FunctionName).toBe(`BabyMassage-${region}-handler`);
    const permission = resources(region).find((r) => r.Type === 'AWS::Lambda::Permission');
    expect(JSON.stringify(permission?.Properties.EventSourceToken)).toMatch(/ExportsReader.*RefAlexaSkill/);
    expect(new AwsSolutionsChecks(created).validateScope(three[region]).violations).toEqual([]);
  });
});
