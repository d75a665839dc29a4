import type { BinaryLike } from 'crypto';

export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

export interface PresignOptions {
  readonly bucket: string;
  readonly key: string;
  readonly region: string;
  readonly credentials: Credentials;
  /** How long Alexa may take to start fetching the stream. */
  readonly expiresSeconds: number;
  readonly now: Date;
  /** A local S3-compatible server (path-style URLs), for tests; in AWS the regional S3 endpoint. */
  readonly endpoint?: string;
}

/**
 * A presigned S3 GET URL (Signature Version 4, query string), as @aws-sdk/s3-request-presigner makes
 * it (test/play-along.test.ts compares the two). Written out rather than imported because the
 * presigner and the Smithy packages it needs are not reliably offered by Lambda's runtime, and bundling
 * them would weigh on every cold start for what only play-along requests do. node:crypto is loaded
 * here, on the first play-along request, never at start-up.
 *
 * Why presigned S3 URLs and not CloudFront: the bucket stays private with no second service to run,
 * secure and cache, and each URL is good for an hour only; Alexa fetches a step's audio once, when
 * it is about to play it.
 */
export function presignGetObject(options: PresignOptions): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- node:crypto costs milliseconds: loaded on the first presigned URL, never on a cold launch
  const { createHash, createHmac } = require('crypto') as typeof import('crypto');
  const hmac = (key: BinaryLike, data: string) => createHmac('sha256', key).update(data).digest();
  const { bucket, key, region, credentials, expiresSeconds, now, endpoint } = options;
  const amzDate = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const dateStamp = amzDate.slice(0, 8);
  const scope = `${dateStamp}/${region}/s3/aws4_request`;
  const local = endpoint ? new URL(endpoint) : undefined;
  const host = local ? local.host : `${bucket}.s3.${region}.amazonaws.com`;
  const encodedKey = key.split('/').map(rfc3986).join('/');
  const canonicalUri = local ? `/${rfc3986(bucket)}/${encodedKey}` : `/${encodedKey}`;
  const query: Record<string, string> = {
    'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    'X-Amz-Content-Sha256': 'UNSIGNED-PAYLOAD',
    'X-Amz-Credential': `${credentials.accessKeyId}/${scope}`,
    'X-Amz-Date': amzDate,
    'X-Amz-Expires': String(expiresSeconds),
    'X-Amz-SignedHeaders': 'host',
    'x-amz-checksum-mode': 'ENABLED',
    'x-id': 'GetObject',
    ...(credentials.sessionToken ? { 'X-Amz-Security-Token': credentials.sessionToken } : {}),
  };
  const canonicalQuery = Object.keys(query)
    .sort()
    .map((name) => `${rfc3986(name)}=${rfc3986(query[name])}`)
    .join('&');
  const canonicalRequest = ['GET', canonicalUri, canonicalQuery, `host:${host}`, '', 'host', 'UNSIGNED-PAYLOAD'].join('\n');
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, createHash('sha256').update(canonicalRequest).digest('hex')].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, dateStamp), region), 's3'), 'aws4_request');
  const signature = createHmac('sha256', signingKey).update(stringToSign).digest('hex');
  const origin = local ? `${local.protocol}//${local.host}` : `https://${host}`;
  return `${origin}${canonicalUri}?${canonicalQuery}&X-Amz-Signature=${signature}`;
}

/** URI encoding as SigV4 wants it: everything but unreserved characters. */
function rfc3986(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
