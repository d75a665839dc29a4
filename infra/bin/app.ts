import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { BabyMassageStack, StackConfigurationError } from '../lib/baby-massage-stack';

/**
 * npx cdk deploy -c skillId=amzn1.ask.skill.<id> [-c alarmEmail=you@example.com]
 * npx cdk deploy -c lwaSecret=<secret name or ARN> -c vendorId=<vendor ID> [-c attachEndpoint=false]
 */
const app = new App();
const context = (key: string): string | undefined => {
  const value: unknown = app.node.tryGetContext(key);
  return value === undefined || value === '' ? undefined : String(value);
};

try {
  new BabyMassageStack(app, context('stackName') ?? 'BabyMassage', {
    skillId: context('skillId'),
    lwaSecret: context('lwaSecret'),
    vendorId: context('vendorId'),
    attachEndpoint: context('attachEndpoint') !== 'false',
    alarmEmail: context('alarmEmail'),
    playAlong: context('playAlong') !== 'false',
    // The account and region come from the CLI's profile (us-east-1 serves North American skills).
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
    description: 'Baby Massage Alexa skill: handler, saved places, logs and alarms',
  });
} catch (error) {
  if (!(error instanceof StackConfigurationError)) throw error;
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

// AWS Solutions checks on every synth: a finding fails the synth unless it is suppressed with a reason.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
