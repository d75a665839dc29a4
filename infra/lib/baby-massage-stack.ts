import { CfnOutput, Stack, StackProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { AlexaSkill } from './alexa-skill';
import { PlayAlongAudio } from './play-along-audio';
import { SkillBackend } from './skill-backend';

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
  /** An e-mail address that hears about alarms (context `alarmEmail`). */
  readonly alarmEmail?: string;
  /** Render play-along audio with Polly and serve it (context `playAlong=false` to leave it out). @default true */
  readonly playAlong?: boolean;
}

/**
 * The Baby Massage skill on AWS: its backend (function, table, logs, alarms) and, when given
 * Login-with-Amazon credentials, the skill itself. Each is a construct of its own (skill-backend.ts,
 * alexa-skill.ts); this stack composes them and refuses unsafe or half-made configurations.
 */
export class BabyMassageStack extends Stack {
  readonly backend: SkillBackend;
  readonly audio?: PlayAlongAudio;

  constructor(scope: Construct, id: string, props: BabyMassageStackProps = {}) {
    super(scope, id, props);
    const createsSkill = props.lwaSecret !== undefined || props.vendorId !== undefined;
    validate(props, createsSkill);

    const functionName = createsSkill ? `${this.stackName}-handler` : undefined;
    const skill = createsSkill
      ? new AlexaSkill(this, 'AlexaSkill', { lwaSecret: props.lwaSecret!, vendorId: props.vendorId!, functionName: functionName!, attachEndpoint: props.attachEndpoint })
      : undefined;
    const skillId = skill ? skill.skillId : props.skillId!;

    this.backend = new SkillBackend(this, 'Backend', { skillId, functionName, alarmEmail: props.alarmEmail });
    if (props.playAlong !== false) this.audio = new PlayAlongAudio(this, 'PlayAlong', { skillFunction: this.backend.function });

    new CfnOutput(this, 'FunctionArn', { value: this.backend.function.functionArn, description: 'The skill endpoint (Default region) in the developer console' });
    new CfnOutput(this, 'TableName', { value: this.backend.table.tableName });
    new CfnOutput(this, 'LogGroupName', { value: this.backend.logGroup.logGroupName });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.backend.alarms.topic.topicArn, description: 'Subscribe to hear about alarms' });
    new CfnOutput(this, 'SkillId', { value: skillId });
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
