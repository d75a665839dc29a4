import { CfnOutput, Stack, StackProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { AlexaSkill, ISkill, SKILL_ID_PATTERN } from './alexa-skill';
import { PlayAlongAudio } from './play-along-audio';
import { ALEXA_REGIONS, AlexaRegion, regionalStackName } from './regions';
import { SkillBackend } from './skill-backend';
import { StorePages } from './store-pages';

/**
 * The stack was asked for something unsafe, incomplete or malformed; the message says what to pass
 * instead, and `contextKeys` names the context values (`-c key=...`) it is about.
 */
export class StackConfigurationError extends Error {
  readonly contextKeys: readonly string[];

  constructor(message: string, contextKeys: readonly string[] = []) {
    super(message);
    this.name = 'StackConfigurationError';
    this.contextKeys = contextKeys;
  }
}

/** Lambda's limit on a function name. */
const MAX_FUNCTION_NAME_LENGTH = 64;

export { SKILL_ID_PATTERN };

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
  /**
   * The Alexa region this stack serves: its requests come from parents there, whatever their language,
   * and their places are kept in its own table. @default 'NA'
   */
  readonly alexaRegion?: AlexaRegion;
  /**
   * For the EU and FE stacks: the NA stack. Its skill is theirs (imported, or the one it creates), and its
   * table is where every parent's place was kept before the regions had tables of their own: a parent
   * whose item is not in the region's table yet has it read once from there and moved.
   */
  readonly home?: BabyMassageStack;
  /**
   * For an NA stack that creates the skill: the other regions deployed with it, whose functions the
   * manifest names as their regions' endpoints (each is named after its stack, so the ARN is known
   * before the function exists). @default none: one endpoint for every region
   */
  readonly otherRegions?: readonly AlexaRegion[];
}

/**
 * The Baby Massage skill on AWS: its backend (function, table, logs, alarms) and, when given
 * Login-with-Amazon credentials, the skill itself. Each is a construct of its own (skill-backend.ts,
 * alexa-skill.ts); this stack composes them and refuses unsafe or half-made configurations.
 */
export class BabyMassageStack extends Stack {
  /** The skill whose requests the function answers: imported by ID, or created by this stack. */
  readonly skill: ISkill;
  readonly backend: SkillBackend;
  readonly audio?: PlayAlongAudio;
  /** The privacy policy and terms of use the store links to: published by the NA stack only. */
  readonly pages?: StorePages;
  readonly alexaRegion: AlexaRegion;
  /** Whether this app creates the skill (Alexa::ASK::Skill, in the NA stack), rather than importing its ID. */
  readonly createsSkill: boolean;

  constructor(scope: Construct, id: string, props: BabyMassageStackProps = {}) {
    super(scope, id, props);
    this.alexaRegion = props.alexaRegion ?? 'NA';
    const source = props.home ? regionalSource(props.home) : skillSource(props);
    this.createsSkill = source.kind !== 'existing';

    // A created skill's endpoints name the functions before they exist, so the functions get fixed names.
    const handlerName = handlerFunctionName(this.stackName);
    if (this.createsSkill && handlerName.length > MAX_FUNCTION_NAME_LENGTH) {
      throw new StackConfigurationError(
        `The function of a skill CloudFormation creates is named after the stack ("${handlerName}"), which makes it longer than Lambda's ${MAX_FUNCTION_NAME_LENGTH} characters: pass a shorter -c stackName.`,
        ['stackName'],
      );
    }
    if (this.alexaRegion === 'NA') this.pages = new StorePages(this, 'StorePages');
    if (source.kind === 'created') {
      const regions = Object.fromEntries(
        (props.otherRegions ?? []).map((region) => [region, { region: ALEXA_REGIONS[region], functionName: handlerFunctionName(regionalStackName(this.stackName, region)) }]),
      );
      this.skill = new AlexaSkill(this, 'AlexaSkill', { lwaSecret: source.lwaSecret, vendorId: source.vendorId, functionName: handlerName, regions, attachEndpoint: props.attachEndpoint, pages: this.pages });
    } else {
      this.skill = AlexaSkill.fromSkillId(this, 'AlexaSkill', source.skillId);
    }

    this.backend = new SkillBackend(this, 'Backend', {
      skillId: this.skill.skillId,
      functionName: this.createsSkill ? handlerName : undefined,
      alarmEmail: props.alarmEmail,
      formerTable: props.home && { tableName: props.home.backend.table.tableName, region: props.home.region },
    });
    if (props.playAlong !== false) this.audio = new PlayAlongAudio(this, 'PlayAlong', { skillFunction: this.backend.function });

    new CfnOutput(this, 'AlexaRegion', { value: this.alexaRegion, description: 'The Alexa region whose requests this stack answers' });
    new CfnOutput(this, 'FunctionArn', {
      value: this.backend.function.functionArn,
      description: `The skill endpoint for the ${this.alexaRegion} region (npm run package reads it from cdk's --outputs-file)`,
    });
    new CfnOutput(this, 'TableName', { value: this.backend.table.tableName });
    new CfnOutput(this, 'LogGroupName', { value: this.backend.logGroup.logGroupName });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.backend.alarms.topic.topicArn, description: 'Subscribe to hear about alarms' });
    new CfnOutput(this, 'SkillId', { value: this.skill.skillId });
    if (this.pages) {
      new CfnOutput(this, 'PrivacyPolicyUrl', { value: this.pages.privacyPolicyUrl, description: "The manifest's privacyPolicyUrl in every locale" });
      new CfnOutput(this, 'TermsOfUseUrl', { value: this.pages.termsOfUseUrl, description: "The manifest's termsOfUseUrl in every locale" });
    }
  }
}

/** The skill's function in a stack: named after it when the skill is created (its endpoint names it first). */
export function handlerFunctionName(stackName: string): string {
  return `${stackName}-handler`;
}

/**
 * Where the skill comes from: one made already (the developer console), one CloudFormation creates,
 * or, for the EU and FE stacks, whichever the NA stack has (a created skill's ID crosses regions).
 */
type SkillSource =
  | { readonly kind: 'existing'; readonly skillId: string }
  | { readonly kind: 'created'; readonly lwaSecret: string; readonly vendorId: string }
  | { readonly kind: 'createdInHome'; readonly skillId: string };

function regionalSource(home: BabyMassageStack): SkillSource {
  return home.createsSkill ? { kind: 'createdInHome', skillId: home.skill.skillId } : { kind: 'existing', skillId: home.skill.skillId };
}

/** Refuses to build a stack that any skill could invoke, or a half-configured skill. */
function skillSource(props: BabyMassageStackProps): SkillSource {
  const { skillId, lwaSecret, vendorId } = props;
  if (lwaSecret !== undefined || vendorId !== undefined) {
    if (!lwaSecret || !vendorId) {
      throw new StackConfigurationError('To create the skill with CloudFormation, pass both -c lwaSecret=<secret name or ARN> and -c vendorId=<your vendor ID>.', [
        lwaSecret ? 'vendorId' : 'lwaSecret',
      ]);
    }
    if (skillId) {
      throw new StackConfigurationError(
        'Pass either -c skillId=... (a skill you created in the console) or -c lwaSecret/-c vendorId (CloudFormation creates the skill), not both.',
        ['skillId', 'lwaSecret', 'vendorId'],
      );
    }
    return { kind: 'created', lwaSecret, vendorId };
  }
  if (!skillId) {
    throw new StackConfigurationError(
      'No skill ID. Deploy with -c skillId=amzn1.ask.skill.<id> (from the Alexa developer console) so that only your skill can ' +
        'invoke the function; or with -c lwaSecret=... -c vendorId=... to let CloudFormation create the skill.',
      ['skillId', 'lwaSecret', 'vendorId'],
    );
  }
  if (!SKILL_ID_PATTERN.test(skillId)) {
    throw new StackConfigurationError(`"${skillId}" does not look like a skill ID (amzn1.ask.skill.<36 characters>). Copy it from the Alexa developer console.`, ['skillId']);
  }
  return { kind: 'existing', skillId };
}
