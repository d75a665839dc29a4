import * as path from 'path';
import { CustomResource, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, IFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, CfnBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { allStepAudio } from '../../lambda/play-along/catalog';
import { contentFor } from '../../lambda/content';
import { SUPPORTED_LOCALES } from '../../lambda/content/locales';
import { sha256Hex } from '../../lambda/logging/sha256';
import { lambdaBundling } from './bundling';
import { ROOT } from '../../tools/paths';

export interface PlayAlongAudioProps {
  /** The skill's function: it may read the audio, to presign URLs for Alexa, and nothing else. */
  readonly skillFunction: IFunction & { addEnvironment(key: string, value: string): unknown };
}

/**
 * Play-along audio: a private bucket, and a deploy-time renderer that fills it with Polly's MP3 of
 * every step of every routine in every locale. The skill hands Alexa presigned URLs for them (see
 * lambda/play-along/presign.ts for why not CloudFront). The renderer runs whenever the words change: its
 * input is a hash of every step's words and voice.
 */
export class PlayAlongAudio extends Construct {
  readonly bucket: Bucket;
  readonly renderer: NodejsFunction;

  constructor(scope: Construct, id: string, props: PlayAlongAudioProps) {
    super(scope, id);

    // The audio bucket's access logs. It keeps no access logs of its own (logging it to itself would
    // loop); cdk-nag's AwsSolutions-S1 sees that it is another bucket's log destination, so there is
    // nothing to acknowledge.
    const accessLogs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ expiration: Duration.days(90) }],
    });

    this.bucket = new Bucket(this, 'AudioBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: accessLogs,
      // Rendered audio can always be rendered again; keeping it avoids paying Polly twice after a mistaken delete.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const logGroup = new LogGroup(this, 'RendererLogs', { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
    const role = new Role(this, 'RendererRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Baby Massage play-along renderer: Polly in, the audio bucket out',
    });
    logGroup.grantWrite(role);
    role.addToPolicy(new PolicyStatement({ actions: ['polly:SynthesizeSpeech'], resources: ['*'] }));
    // HeadObject needs s3:GetObject; nothing may be listed or deleted.
    role.addToPolicy(new PolicyStatement({ actions: ['s3:GetObject', 's3:PutObject'], resources: [this.bucket.arnForObjects('audio/*')] }));
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'polly:SynthesizeSpeech has no resource-level permissions (only lexicons do), so its resource is *.',
    });

    this.renderer = new NodejsFunction(this, 'Renderer', {
      entry: path.join(ROOT, 'lambda', 'render', 'handler.ts'),
      handler: 'handler',
      projectRoot: ROOT,
      depsLockFilePath: path.join(ROOT, 'package-lock.json'),
      description: 'Baby Massage: renders play-along audio with Polly at deploy time',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      // A first render is some hundreds of Polly requests, four at a time.
      timeout: Duration.minutes(15),
      memorySize: 1024,
      role,
      logGroup,
      environment: { AUDIO_BUCKET: this.bucket.bucketName },
      bundling: lambdaBundling(),
    });

    new CustomResource(this, 'Render', {
      serviceToken: this.renderer.functionArn,
      resourceType: 'Custom::PlayAlongAudio',
      properties: { Words: contentHash() },
    });

    // The skill presigns GETs with its own credentials, so it needs read access to the audio only.
    props.skillFunction.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [this.bucket.arnForObjects('audio/*')] }));
    props.skillFunction.addEnvironment('AUDIO_BUCKET', this.bucket.bucketName);

    // Both roles reach objects under audio/ only: one object per step, named by a hash of its words.
    const objects = `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnBucket)}.Arn>/audio/*]`;
    for (const scope of [role, props.skillFunction.role].filter((r) => r !== undefined)) {
      Validations.of(scope).acknowledge({ id: objects, reason: 'Audio objects are one per step under audio/, named by a hash of the words; the keys cannot be listed in advance.' });
    }
  }
}

/** One hash of every step's words and voice in every locale: it changes exactly when audio must. */
export function contentHash(): string {
  return sha256Hex(SUPPORTED_LOCALES.flatMap((locale) => allStepAudio(contentFor(locale)).map((a) => a.key)).join('\n'));
}
