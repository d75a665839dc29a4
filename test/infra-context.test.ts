import { spawnSync } from 'child_process';
import { mkdtempSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AlexaSkill } from '../infra/lib/alexa-skill';
import { StackConfigurationError } from '../infra/lib/baby-massage-stack';
import { babyMassageStacksFromContext, stackConfigFromContext } from '../infra/lib/context';

/** The NA stack of the three the app builds from this context. */
const naStackFromContext = (app: App, env: NodeJS.ProcessEnv) => babyMassageStacksFromContext(app, env).NA;

const SKILL_ID = 'amzn1.ask.skill.12345678-90ab-cdef-1234-567890abcdef';
const CLI_ENV = { CDK_DEFAULT_ACCOUNT: '123456789012', CDK_DEFAULT_REGION: 'us-east-1' };
const NO_SKILL =
  'No skill ID. Deploy with -c skillId=amzn1.ask.skill.<id> (from the Alexa developer console) so that only your skill can ' +
  'invoke the function; or with -c lwaSecret=... -c vendorId=... to let CloudFormation create the skill.';

/** Reads context as `app.node.tryGetContext` would from these values. */
const reader = (values: Record<string, unknown>) => (key: string) => values[key];

/** What stackConfigFromContext throws, for its message and context keys. */
function configError(values: Record<string, unknown>, env: NodeJS.ProcessEnv = CLI_ENV): StackConfigurationError {
  try {
    stackConfigFromContext(reader(values), env);
  } catch (error) {
    if (error instanceof StackConfigurationError) return error;
    throw error;
  }
  throw new Error(`no StackConfigurationError for ${JSON.stringify(values)}`);
}

/** An app as `cdk` makes it, given context, without running esbuild. */
const appWith = (context: Record<string, unknown>) => new App({ context: { 'aws:cdk:bundling-stacks': [], ...context } });

describe('the context the CDK app reads', () => {
  it('passes every value on as the stack props, with the account of the CLI (each stack\'s region is its Alexa region\'s)', () => {
    const config = stackConfigFromContext(
      reader({ stackName: 'BabyMassageTest', lwaSecret: 'baby-massage/lwa', vendorId: 'M1ABCDEF', attachEndpoint: 'false', alarmEmail: 'me@example.com', playAlong: 'false' }),
      CLI_ENV,
    );
    expect(config).toEqual({
      stackName: 'BabyMassageTest',
      props: {
        skillId: undefined,
        lwaSecret: 'baby-massage/lwa',
        vendorId: 'M1ABCDEF',
        attachEndpoint: false,
        alarmEmail: 'me@example.com',
        playAlong: false,
        env: { account: '123456789012' },
        description: 'Baby Massage Alexa skill: handler, saved places, logs and alarms',
      },
    });
  });

  it('defaults the stack name and both switches, takes cdk.json booleans, and treats empty values as missing', () => {
    const { stackName, props } = stackConfigFromContext(reader({ skillId: ` ${SKILL_ID} `, alarmEmail: '', attachEndpoint: true }), {});
    expect(stackName).toBe('BabyMassage');
    expect(props).toMatchObject({ skillId: SKILL_ID, alarmEmail: undefined, attachEndpoint: true, playAlong: true, env: { account: undefined } });
    expect(stackConfigFromContext(reader({ skillId: SKILL_ID, playAlong: false }), {}).props.playAlong).toBe(false);
  });

  it.each([
    [{ playAlong: 'no' }, '-c playAlong must be true or false, not "no".', ['playAlong']],
    [{ attachEndpoint: 'False' }, '-c attachEndpoint must be true or false, not "False".', ['attachEndpoint']],
    [{ alarmEmail: 'me@example' }, '"me@example" does not look like an e-mail address: -c alarmEmail=you@example.com, or leave it out.', ['alarmEmail']],
    [{ stackName: 'Baby Massage' }, '"Baby Massage" cannot be a stack name: -c stackName takes a letter, then letters, digits and hyphens (128 at most).', ['stackName']],
    [{ skillId: { id: SKILL_ID } }, `The context value skillId must be text, not {"id":"${SKILL_ID}"}. Pass it as -c skillId=<value>.`, ['skillId']],
  ])('refuses %j with a message that says what to pass', (values, message, keys) => {
    const error = configError({ skillId: SKILL_ID, ...values });
    expect(error.message).toBe(message);
    expect(error.contextKeys).toEqual(keys);
  });

  it('refuses an account from the CLI that is not one, and takes no region from it', () => {
    expect(configError({ skillId: SKILL_ID }, { CDK_DEFAULT_ACCOUNT: 'default' }).message).toBe(
      'CDK_DEFAULT_ACCOUNT is "default", not a 12-digit AWS account ID. Check the profile the CDK CLI uses (--profile).',
    );
    const stacks = babyMassageStacksFromContext(appWith({ skillId: SKILL_ID }), { ...CLI_ENV, CDK_DEFAULT_REGION: 'ap-south-1' });
    expect(Object.values(stacks).map((stack) => stack.region)).toEqual(['us-east-1', 'eu-west-1', 'us-west-2']);
  });
});

describe('the stack built from the context', () => {
  it('-c skillId: imports the skill by its ID, in the CLI\'s account and us-east-1 (NA)', () => {
    const stack = naStackFromContext(appWith({ skillId: SKILL_ID }), CLI_ENV);
    expect(stack.stackName).toBe('BabyMassage');
    expect(stack.skill).not.toBeInstanceOf(AlexaSkill);
    expect(stack.skill.skillId).toBe(SKILL_ID);
    expect([stack.account, stack.region]).toEqual(['123456789012', 'us-east-1']);
    Template.fromStack(stack).resourceCountIs('Alexa::ASK::Skill', 0);
  });

  it('-c lwaSecret -c vendorId: creates the skill', () => {
    const stack = naStackFromContext(appWith({ lwaSecret: 'baby-massage/lwa', vendorId: 'M1ABCDEF' }), CLI_ENV);
    expect(stack.skill).toBeInstanceOf(AlexaSkill);
    Template.fromStack(stack).resourceCountIs('Alexa::ASK::Skill', 1);
  });

  it('without an account from the CLI: conditions on the account the stack is deployed in', () => {
    const template = Template.fromStack(naStackFromContext(appWith({ skillId: SKILL_ID }), {}));
    const statements: { Effect: string; Condition: unknown }[] = Object.values(template.findResources('AWS::SNS::TopicPolicy'))[0].Properties.PolicyDocument.Statement;
    expect(statements.find((s) => s.Effect === 'Allow')?.Condition).toEqual({
      StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
      ArnLike: { 'aws:SourceArn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':cloudwatch:us-east-1:', { Ref: 'AWS::AccountId' }, ':alarm:*']] } },
    });
  });

  it('without -c skillId and without -c lwaSecret: stops with the message that says what to pass', () => {
    const build = () => naStackFromContext(appWith({}), CLI_ENV);
    expect(build).toThrow(StackConfigurationError);
    expect(build).toThrow(NO_SKILL);
    try {
      build();
    } catch (error) {
      expect((error as StackConfigurationError).contextKeys).toEqual(['skillId', 'lwaSecret', 'vendorId']);
    }
  });

  it('names a missing half of the credentials, and a stack name too long for the function named after it', () => {
    expect(() => naStackFromContext(appWith({ vendorId: 'M1ABCDEF' }), CLI_ENV)).toThrow(
      'To create the skill with CloudFormation, pass both -c lwaSecret=<secret name or ARN> and -c vendorId=<your vendor ID>.',
    );
    const longName = `B${'a'.repeat(60)}`;
    expect(() => naStackFromContext(appWith({ stackName: longName, lwaSecret: 'baby-massage/lwa', vendorId: 'M1ABCDEF' }), CLI_ENV)).toThrow(
      `The function of a skill CloudFormation creates is named after the stack ("${longName}-handler"), which makes it longer than Lambda's 64 characters: pass a shorter -c stackName.`,
    );
  });
});

describe('infra/bin/app.ts as `cdk` runs it', () => {
  const root = path.join(__dirname, '..');
  const run = (context: Record<string, string>) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...CLI_ENV, CDK_CONTEXT_JSON: JSON.stringify(context), CDK_OUTDIR: mkdtempSync(path.join(os.tmpdir(), 'baby-massage-cdk-out-')) };
    return spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'infra', 'bin', 'app.ts')], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
  };

  it('exits 1 with the message alone (no stack trace) when neither a skill ID nor credentials are given', () => {
    const result = run({});
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(NO_SKILL);
  });

  it('exits 1 with the message alone on a malformed value', () => {
    const result = run({ skillId: SKILL_ID, playAlong: 'yes' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('-c playAlong must be true or false, not "yes".');
  });
});
