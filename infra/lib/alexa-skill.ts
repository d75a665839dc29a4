import { ArnFormat, IResource, Resource, Stack, Token } from 'aws-cdk-lib';
import { CfnSkill } from 'aws-cdk-lib/alexa-ask';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { ISecret, Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { manifestEndpoints, privacyLocales, stageSkillPackage } from './skill-package';

/** An Alexa skill ID, as the developer console shows it. */
export const SKILL_ID_PATTERN = /^amzn1\.ask\.skill\.[0-9a-f-]{36}$/;

/** An Alexa skill, created by this app or elsewhere (the developer console, the ASK CLI). */
export interface ISkill extends IResource {
  /** The skill's ID (amzn1.ask.skill.<id>); a token for the Alexa::ASK::Skill's ID when this app creates it. */
  readonly skillId: string;
}

export interface AlexaSkillProps {
  /** Name or ARN of a Secrets Manager secret with `clientId`, `clientSecret` and `refreshToken`. */
  readonly lwaSecret: string;
  readonly vendorId: string;
  /**
   * The function the skill's endpoint names (by name: the function refers to the skill by ID): the
   * default endpoint, which serves NA and any region without one of its own.
   */
  readonly functionName: string;
  /**
   * The other Alexa regions' endpoints, each a function by name in its AWS region (the EU and FE stacks'):
   * the manifest's `apis.custom.regions` and `events.regions`. @default none
   */
  readonly regions?: Readonly<Record<string, { readonly region: string; readonly functionName: string }>>;
  /** The published privacy policy and terms of use: every locale's `privacyPolicyUrl` and `termsOfUseUrl`. */
  readonly pages?: { readonly privacyPolicyUrl: string; readonly termsOfUseUrl: string };
  /**
   * Whether the endpoint points at the function. Alexa checks the function's trigger when an endpoint
   * is set, so a brand-new skill is deployed once without it, then again with it. @default true
   */
  readonly attachEndpoint?: boolean;
}

/**
 * The skill itself, from skill-package/skill.json and interaction-models/, as Alexa::ASK::Skill. The
 * Login-with-Amazon credentials are resolved by CloudFormation from Secrets Manager at deploy time and
 * never appear in code or templates.
 */
export class AlexaSkill extends Resource implements ISkill {
  /** A skill that exists already, by its ID: nothing is created, the ID is passed on. */
  static fromSkillId(scope: Construct, id: string, skillId: string): ISkill {
    if (!Token.isUnresolved(skillId) && !SKILL_ID_PATTERN.test(skillId)) {
      throw new Error(`"${skillId}" is not an Alexa skill ID (amzn1.ask.skill.<36 characters>).`);
    }
    class Import extends Resource implements ISkill {
      readonly skillId = skillId;
    }
    return new Import(scope, id);
  }

  readonly skillId: string;

  constructor(scope: Construct, id: string, props: AlexaSkillProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const secret: ISecret = props.lwaSecret.startsWith('arn:')
      ? Secret.fromSecretCompleteArn(this, 'LwaSecret', props.lwaSecret)
      : Secret.fromSecretNameV2(this, 'LwaSecret', props.lwaSecret);
    const skillPackage = new Asset(this, 'SkillPackage', { path: stageSkillPackage() });
    // Alexa reads the package from the CDK assets bucket through this role: that one object only, and
    // only on behalf of this account (no other account can have Alexa use the role: confused deputy).
    const packageReader = new Role(this, 'SkillPackageReader', {
      assumedBy: new ServicePrincipal('alexa-appkit.amazon.com').withConditions({ StringEquals: { 'aws:SourceAccount': stack.account } }),
      description: 'Lets Alexa read the Baby Massage skill package',
    });
    packageReader.addToPolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [skillPackage.bucket.arnForObjects(skillPackage.s3ObjectKey)] }));
    const functionArn = (functionName: string, region?: string) =>
      stack.formatArn({ service: 'lambda', region, resource: 'function', resourceName: functionName, arnFormat: ArnFormat.COLON_RESOURCE_NAME });
    const endpoints = manifestEndpoints({
      defaultArn: functionArn(props.functionName),
      regions: Object.fromEntries(Object.entries(props.regions ?? {}).map(([name, { region, functionName }]) => [name, functionArn(functionName, region)])),
    });
    const skill = new CfnSkill(this, 'Skill', {
      vendorId: props.vendorId,
      authenticationConfiguration: {
        clientId: secret.secretValueFromJson('clientId').unsafeUnwrap(),
        clientSecret: secret.secretValueFromJson('clientSecret').unsafeUnwrap(),
        refreshToken: secret.secretValueFromJson('refreshToken').unsafeUnwrap(),
      },
      skillPackage: {
        s3Bucket: skillPackage.s3BucketName,
        s3Key: skillPackage.s3ObjectKey,
        s3BucketRole: packageReader.roleArn,
        overrides: {
          manifest: {
            ...(props.pages ? { privacyAndCompliance: { locales: privacyLocales(props.pages) } } : {}),
            // Each region's function answers the skill's requests there and its events (SKILL_DISABLED: the
            // parent's data is deleted), as the manifest's regions name them; the default serves the rest.
            ...(props.attachEndpoint === false ? {} : { apis: { custom: endpoints }, events: endpoints }),
          },
        },
      },
    });
    this.skillId = skill.ref;
  }
}
