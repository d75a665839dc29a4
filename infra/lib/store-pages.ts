import { readFileSync } from 'fs';
import * as path from 'path';
import { CustomResource, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Distribution, HttpVersion, ResponseHeadersPolicy, ViewerProtocolPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { lambdaBundling } from './bundling';
import { ROOT } from '../../tools/paths';

/** The store's pages: each from a Markdown file in docs/, published under this name. */
export const STORE_PAGES = {
  privacyPolicy: { source: path.join(ROOT, 'docs', 'privacy-policy.md'), file: 'privacy-policy.html' },
  termsOfUse: { source: path.join(ROOT, 'docs', 'terms-of-use.md'), file: 'terms-of-use.html' },
} as const;

/**
 * The privacy policy and terms of use the store links to, published by the stack at a fixed address:
 * a private bucket read only by a CloudFront distribution (origin access control), HTTPS only. The pages
 * are the Markdown in docs/, made into HTML at synth and written into the bucket by a small custom
 * resource (lambda/render/pages-handler.ts) that may put and delete exactly those two objects; they are
 * cached for five minutes, so a changed policy is live soon after its deployment. The URLs are the stack's outputs, and the manifest's
 * `privacyPolicyUrl` and `termsOfUseUrl` in every locale (npm run package, or the created skill).
 */
export class StorePages extends Construct {
  readonly privacyPolicyUrl: string;
  readonly termsOfUseUrl: string;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const bucket = new Bucket(this, 'Pages', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // The pages are rebuilt from docs/ by every deployment: nothing in the bucket is kept for its own sake.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const distribution = new Distribution(this, 'Distribution', {
      comment: 'Baby Massage: privacy policy and terms of use for the Alexa store',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
      },
      defaultRootObject: STORE_PAGES.privacyPolicy.file,
      httpVersion: HttpVersion.HTTP2_AND_3,
    });
    const files = Object.values(STORE_PAGES).map((page) => page.file);
    const logGroup = new LogGroup(this, 'PublisherLogs', { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
    const role = new Role(this, 'PublisherRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Baby Massage store pages: write the privacy policy and terms of use, nothing else',
    });
    logGroup.grantWrite(role);
    role.addToPolicy(new PolicyStatement({ actions: ['s3:PutObject', 's3:DeleteObject'], resources: files.map((file) => bucket.arnForObjects(file)) }));
    const publisher = new NodejsFunction(this, 'Publisher', {
      entry: path.join(ROOT, 'lambda', 'render', 'pages-handler.ts'),
      handler: 'handler',
      projectRoot: ROOT,
      depsLockFilePath: path.join(ROOT, 'package-lock.json'),
      description: 'Baby Massage: publishes the store pages at deploy time',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      timeout: Duration.minutes(1),
      role,
      logGroup,
      environment: { PAGES_BUCKET: bucket.bucketName },
      bundling: lambdaBundling(),
    });
    new CustomResource(this, 'Publish', {
      serviceToken: publisher.functionArn,
      resourceType: 'Custom::StorePages',
      properties: { Pages: Object.fromEntries(Object.values(STORE_PAGES).map(({ source, file }) => [file, htmlPage(readFileSync(source, 'utf8'))])) },
    });
    const url = (file: string) => `https://${distribution.distributionDomainName}/${file}`;
    this.privacyPolicyUrl = url(STORE_PAGES.privacyPolicy.file);
    this.termsOfUseUrl = url(STORE_PAGES.termsOfUse.file);

    for (const [rule, reason] of [
      ['AwsSolutions-S1', 'Two static pages, rebuilt from the repository by every deployment; CloudFront serves them, so S3 access logs would record only CloudFront.'],
      ['AwsSolutions-CFR1', 'The privacy policy and terms of use must be readable from every country the store offers the skill in.'],
      ['AwsSolutions-CFR2', 'Two static pages with no input, forms or origin logic: a WAF has nothing to inspect.'],
      ['AwsSolutions-CFR3', 'Two static pages with no personal data: access logs would be the only record of who read them, and nobody needs it.'],
      ['AwsSolutions-CFR4', 'The default *.cloudfront.net certificate; a custom domain (and its TLS policy) is the deployer\'s choice, not the skill\'s.'],
    ] as const) {
      Validations.of(this).acknowledge({ id: rule, reason });
    }
  }
}

/**
 * The small Markdown the pages use (headings, paragraphs, lists with wrapped items, bold, links to each other) as a whole
 * HTML page, every character of text escaped.
 */
export function htmlPage(markdown: string): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  // Links between the pages name their Markdown files in the repository and their HTML once published.
  const inline = (text: string) =>
    escape(text)
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/\[([^\]]+)\]\(([\w-]+)\.md\)/g, '<a href="$2.html">$1</a>');
  const blocks = markdown.trim().split(/\n\s*\n/);
  const title = blocks[0].replace(/^#\s+/, '');
  const body = blocks.map((block) => {
    const heading = /^(#{1,3})\s+(.*)$/s.exec(block);
    if (heading) return `<h${heading[1].length}>${inline(heading[2].replace(/\s+/g, ' '))}</h${heading[1].length}>`;
    if (block.startsWith('- ')) {
      const items = block.split(/\n(?=- )/).map((item) => `<li>${inline(item.replace(/^- /, '').replace(/\s+/g, ' '))}</li>`);
      return `<ul>\n${items.join('\n')}\n</ul>`;
    }
    return `<p>${inline(block.replace(/\s+/g, ' '))}</p>`;
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(title)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}</style>',
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
