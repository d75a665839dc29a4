import { App } from 'aws-cdk-lib';
import { BabyMassageStack, BabyMassageStackProps, StackConfigurationError } from './baby-massage-stack';
import { ALEXA_REGIONS, ALEXA_REGION_NAMES, AlexaRegion, regionalStackName } from './regions';

/** The stack's name unless `-c stackName=...` says otherwise. */
export const DEFAULT_STACK_NAME = 'BabyMassage';

/** A CloudFormation stack name: a letter, then letters, digits and hyphens, 128 characters at most. */
const STACK_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;
/** Enough of an e-mail address to catch a typo before SNS mails a confirmation link into the void. */
const EMAIL_PATTERN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const ACCOUNT_PATTERN = /^\d{12}$/;

/** Reads one context value (`app.node.tryGetContext`): whatever `-c key=value` or cdk.json gave. */
export type ContextReader = (key: string) => unknown;

/**
 * The stacks' name and props from the context (`cdk -c key=value`, cdk.json) and the account the CDK
 * CLI found (CDK_DEFAULT_ACCOUNT); each stack's AWS region is its Alexa region's. Every value is checked here or by the stack:
 * a missing or malformed one is a StackConfigurationError that names the context key and says what to
 * pass, never an undefined carried on into the template.
 */
export function stackConfigFromContext(context: ContextReader, env: NodeJS.ProcessEnv = process.env): { stackName: string; props: BabyMassageStackProps } {
  const text = (key: string): string | undefined => {
    const value = context(key);
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new StackConfigurationError(`The context value ${key} must be text, not ${JSON.stringify(value)}. Pass it as -c ${key}=<value>.`, [key]);
    }
    const trimmed = String(value).trim();
    return trimmed === '' ? undefined : trimmed;
  };
  const flag = (key: string, fallback: boolean): boolean => {
    const value = context(key);
    if (value === undefined || value === null || value === '') return fallback;
    if (value === true || value === 'true') return true;
    if (value === false || value === 'false') return false;
    throw new StackConfigurationError(`-c ${key} must be true or false, not ${JSON.stringify(value)}.`, [key]);
  };

  const stackName = text('stackName') ?? DEFAULT_STACK_NAME;
  if (!STACK_NAME_PATTERN.test(stackName)) {
    throw new StackConfigurationError(`"${stackName}" cannot be a stack name: -c stackName takes a letter, then letters, digits and hyphens (128 at most).`, ['stackName']);
  }
  const alarmEmail = text('alarmEmail');
  if (alarmEmail !== undefined && !EMAIL_PATTERN.test(alarmEmail)) {
    throw new StackConfigurationError(`"${alarmEmail}" does not look like an e-mail address: -c alarmEmail=you@example.com, or leave it out.`, ['alarmEmail']);
  }

  return {
    stackName,
    props: {
      skillId: text('skillId'),
      lwaSecret: text('lwaSecret'),
      vendorId: text('vendorId'),
      attachEndpoint: flag('attachEndpoint', true),
      alarmEmail,
      playAlong: flag('playAlong', true),
      env: { account: account(env) },
      description: 'Baby Massage Alexa skill: handler, saved places, logs and alarms',
    },
  };
}

/**
 * The account the CDK CLI found in the profile. Without it (a synth with no credentials) the stacks'
 * ARNs and conditions use the AWS::AccountId of wherever they are deployed.
 */
function account(env: NodeJS.ProcessEnv): string | undefined {
  const id = env.CDK_DEFAULT_ACCOUNT?.trim() || undefined;
  if (id !== undefined && !ACCOUNT_PATTERN.test(id)) {
    throw new StackConfigurationError(`CDK_DEFAULT_ACCOUNT is "${id}", not a 12-digit AWS account ID. Check the profile the CDK CLI uses (--profile).`);
  }
  return id;
}

/**
 * One stack per Alexa region, from the same constructs: NA in us-east-1 (named `stackName`, the stack
 * deployed before there were regions), EU in eu-west-1 and FE in us-west-2 (`<stackName>-EU`, `-FE`).
 * EU and FE import NA's skill and may move a parent's item from NA's table, so they depend on it, across
 * regions (CDK's cross-region references: an SSM parameter written in their region by the NA stack).
 * `cdk deploy --all` deploys the three, NA first; `cdk deploy <name>` one.
 */
export function babyMassageStacks(app: App, stackName: string, props: BabyMassageStackProps): Record<AlexaRegion, BabyMassageStack> {
  const stackIn = (region: AlexaRegion, extra: Partial<BabyMassageStackProps>) =>
    new BabyMassageStack(app, regionalStackName(stackName, region), {
      ...props,
      ...extra,
      alexaRegion: region,
      env: { ...props.env, region: ALEXA_REGIONS[region] },
      crossRegionReferences: true,
      description: `${props.description ?? 'Baby Massage Alexa skill'} (Alexa region ${region})`,
    });
  const others = ALEXA_REGION_NAMES.filter((region) => region !== 'NA');
  const home = stackIn('NA', { otherRegions: others });
  const regional = Object.fromEntries(others.map((region) => [region, stackIn(region, { home })]));
  return { NA: home, ...regional } as Record<AlexaRegion, BabyMassageStack>;
}

/** The stacks as `cdk` builds them: from the app's context and the CLI's environment. */
export function babyMassageStacksFromContext(app: App, env: NodeJS.ProcessEnv = process.env): Record<AlexaRegion, BabyMassageStack> {
  const { stackName, props } = stackConfigFromContext((key) => app.node.tryGetContext(key), env);
  return babyMassageStacks(app, stackName, props);
}
