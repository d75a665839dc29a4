import { App } from 'aws-cdk-lib';
import { BabyMassageStack, BabyMassageStackProps, StackConfigurationError } from './baby-massage-stack';

/** The stack's name unless `-c stackName=...` says otherwise. */
export const DEFAULT_STACK_NAME = 'BabyMassage';

/** A CloudFormation stack name: a letter, then letters, digits and hyphens, 128 characters at most. */
const STACK_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;
/** Enough of an e-mail address to catch a typo before SNS mails a confirmation link into the void. */
const EMAIL_PATTERN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const ACCOUNT_PATTERN = /^\d{12}$/;
const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** Reads one context value (`app.node.tryGetContext`): whatever `-c key=value` or cdk.json gave. */
export type ContextReader = (key: string) => unknown;

/**
 * The stack's name and props from the context (`cdk -c key=value`, cdk.json) and the environment the
 * CDK CLI sets (CDK_DEFAULT_ACCOUNT, CDK_DEFAULT_REGION). Every value is checked here or by the stack:
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
      env: environment(env),
      description: 'Baby Massage Alexa skill: handler, saved places, logs and alarms',
    },
  };
}

/**
 * The account and region the CDK CLI found in the profile (us-east-1 serves North American skills).
 * Without them (a synth with no credentials) the stack is environment-agnostic: its ARNs and
 * conditions use the AWS::AccountId and AWS::Region of wherever it is deployed.
 */
function environment(env: NodeJS.ProcessEnv): { account?: string; region?: string } {
  const account = env.CDK_DEFAULT_ACCOUNT?.trim() || undefined;
  const region = env.CDK_DEFAULT_REGION?.trim() || undefined;
  if (account !== undefined && !ACCOUNT_PATTERN.test(account)) {
    throw new StackConfigurationError(`CDK_DEFAULT_ACCOUNT is "${account}", not a 12-digit AWS account ID. Check the profile the CDK CLI uses (--profile).`);
  }
  if (region !== undefined && !REGION_PATTERN.test(region)) {
    throw new StackConfigurationError(`CDK_DEFAULT_REGION is "${region}", not an AWS region such as us-east-1. Check the profile the CDK CLI uses (--profile).`);
  }
  return { account, region };
}

/** The stack as `cdk` builds it: from the app's context and the CLI's environment. */
export function babyMassageStackFromContext(app: App, env: NodeJS.ProcessEnv = process.env): BabyMassageStack {
  const { stackName, props } = stackConfigFromContext((key) => app.node.tryGetContext(key), env);
  return new BabyMassageStack(app, stackName, props);
}
