import type { S3Client } from '@aws-sdk/client-s3';
import { ObjectStore } from './synthesizer';

export interface S3StoreOptions {
  readonly bucket: string;
  /** A local S3-compatible server (s3rver) for tests; in AWS, the regional endpoint. */
  readonly endpoint?: string;
  readonly region?: string;
  readonly credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** The play-along bucket through the AWS SDK v3 (the runtime's; external to every bundle). */
export class S3Store implements ObjectStore {
  private client: S3Client | undefined;
  private sdk: typeof import('@aws-sdk/client-s3') | undefined;

  constructor(private readonly options: S3StoreOptions) {}

  async exists(key: string): Promise<boolean> {
    const { client, sdk } = this.connect();
    try {
      await client.send(new sdk.HeadObjectCommand({ Bucket: this.options.bucket, Key: key }));
      return true;
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      if (status === 404 || (error as Error).name === 'NotFound') return false;
      throw error;
    }
  }

  async put(key: string, body: Buffer, contentType: string, cacheControl?: string): Promise<void> {
    const { client, sdk } = this.connect();
    await client.send(new sdk.PutObjectCommand({ Bucket: this.options.bucket, Key: key, Body: body, ContentType: contentType, ...(cacheControl ? { CacheControl: cacheControl } : {}) }));
  }

  async remove(key: string): Promise<void> {
    const { client, sdk } = this.connect();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
  }

  private connect(): { client: S3Client; sdk: typeof import('@aws-sdk/client-s3') } {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on the renderer's first write, not at its cold start
    this.sdk ??= require('@aws-sdk/client-s3') as typeof import('@aws-sdk/client-s3');
    const { endpoint, region, credentials } = this.options;
    this.client ??= new this.sdk.S3Client({
      ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
      ...(region ? { region } : {}),
      ...(credentials ? { credentials } : {}),
    });
    return { client: this.client, sdk: this.sdk };
  }
}
