import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { StackConfigurationError } from '../lib/baby-massage-stack';
import { babyMassageStacksFromContext } from '../lib/context';

/**
 * npx cdk deploy --all -c skillId=amzn1.ask.skill.<id> [-c alarmEmail=you@example.com]
 * npx cdk deploy --all -c lwaSecret=<secret name or ARN> -c vendorId=<vendor ID> [-c attachEndpoint=false]
 * Both take [-c stackName=BabyMassage] [-c playAlong=false]. One stack per Alexa region: BabyMassage (NA,
 * us-east-1), BabyMassage-EU (eu-west-1), BabyMassage-FE (us-west-2); name one instead of --all to deploy
 * that region alone. The account comes from the CLI's profile. Every context value is checked (infra/lib/context.ts): a missing or malformed one stops the
 * synth with a message that says what to pass.
 */
const app = new App();

try {
  babyMassageStacksFromContext(app);
} catch (error) {
  if (!(error instanceof StackConfigurationError)) throw error;
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

// AWS Solutions checks on every synth: a finding fails the synth unless it is suppressed with a reason.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
