import { PersistenceAdapter, getUserId } from 'ask-sdk-core';
import { RequestEnvelope } from 'ask-sdk-model';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type Attributes = Record<string, unknown>;

export interface DynamoDbAdapterOptions {
  readonly tableName: string;
  /** Only for tests and local servers (dynalite); in Lambda the SDK finds the regional endpoint. */
  readonly endpoint?: string;
  readonly region?: string;
  /**
   * How long one DynamoDB call may take. Alexa gives the whole turn about 8 s; a slow store must fail
   * fast enough for the skill to still speak (and the error handler to keep the place).
   */
  readonly requestTimeoutMs?: number;
  readonly maxAttempts?: number;
}

/**
 * Persistent attributes in DynamoDB through the AWS SDK v3 document client, which the Lambda Node
 * runtime ships (it stays external to the bundle). Items have the same layout as the SDK's own
 * ask-sdk-dynamodb-persistence-adapter, `{ id: <userId>, attributes: {...} }`, so a table can move
 * between the two; that adapter is not used because it pulls in the 9 MB AWS SDK v2.
 *
 * The SDK is loaded on first use (or by `prepare()`), so merely building the skill costs nothing.
 */
export class DynamoDbAdapter implements PersistenceAdapter {
  private connection: Promise<Connection> | undefined;

  constructor(private readonly options: DynamoDbAdapterOptions) {}

  /** Loads the SDK and creates the client now (e.g. during Lambda's init phase). */
  prepare(): Promise<unknown> {
    return this.connect();
  }

  async getAttributes(requestEnvelope: RequestEnvelope): Promise<Attributes> {
    const { client, sdk } = await this.connect();
    const result = await client.send(
      new sdk.GetCommand({ TableName: this.options.tableName, Key: { id: getUserId(requestEnvelope) }, ConsistentRead: true }),
    );
    const attributes: unknown = result.Item?.attributes;
    return typeof attributes === 'object' && attributes !== null && !Array.isArray(attributes) ? (attributes as Attributes) : {};
  }

  async saveAttributes(requestEnvelope: RequestEnvelope, attributes: Attributes): Promise<void> {
    const { client, sdk } = await this.connect();
    await client.send(new sdk.PutCommand({ TableName: this.options.tableName, Item: { id: getUserId(requestEnvelope), attributes } }));
  }

  async deleteAttributes(requestEnvelope: RequestEnvelope): Promise<void> {
    const { client, sdk } = await this.connect();
    await client.send(new sdk.DeleteCommand({ TableName: this.options.tableName, Key: { id: getUserId(requestEnvelope) } }));
  }

  private connect(): Promise<Connection> {
    this.connection ??= Promise.resolve().then(() => {
      // require(), not import(): Lambda provides the SDK to CommonJS code through NODE_PATH, which
      // ESM resolution ignores. It stays external to the bundle and is loaded on first use only.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { DynamoDBClient } = require('@aws-sdk/client-dynamodb') as typeof import('@aws-sdk/client-dynamodb');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const sdk = require('@aws-sdk/lib-dynamodb') as typeof import('@aws-sdk/lib-dynamodb');
      const { endpoint, region, requestTimeoutMs = 1500, maxAttempts = 2 } = this.options;
      const base = new DynamoDBClient({
        ...(endpoint ? { endpoint } : {}),
        ...(region ? { region } : {}),
        maxAttempts,
        requestHandler: { requestTimeout: requestTimeoutMs, connectionTimeout: Math.min(requestTimeoutMs, 1000) },
      });
      return { sdk, client: sdk.DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } }) };
    });
    return this.connection;
  }
}

interface Connection {
  readonly sdk: typeof import('@aws-sdk/lib-dynamodb');
  readonly client: DynamoDBDocumentClient;
}
