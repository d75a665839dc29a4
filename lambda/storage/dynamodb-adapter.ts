import { RequestEnvelope } from 'ask-sdk-model';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { MAX_CALL_MS, StorageTimeoutError, StoredItem, VersionedAdapter } from './items';
import { userIdOf } from './user';

type Attributes = Record<string, unknown>;

export interface DynamoDbAdapterOptions {
  readonly tableName: string;
  /** Only for tests and local servers (dynalite); in Lambda the SDK finds the regional endpoint. */
  readonly endpoint?: string;
  readonly region?: string;
  /**
   * How long one storage call may take in all, retry included, at most; a call also ends when its
   * request's storage budget does (lambda/storage/items.ts). @default 1500
   */
  readonly callTimeoutMs?: number;
  /** Attempts per call (one retry, for a dropped connection), within `callTimeoutMs`. @default 2 */
  readonly maxAttempts?: number;
}

/**
 * Persistent attributes in DynamoDB through the AWS SDK v3 document client, which the Lambda Node
 * runtime ships (it stays external to the bundle). Items have the same layout as the SDK's own
 * ask-sdk-dynamodb-persistence-adapter, `{ id: <userId>, attributes: {...} }`, so a table can move
 * between the two; that adapter is not used because it pulls in the 9 MB AWS SDK v2. Items also carry
 * `version`, the number of writes: a write is conditional on the version its request read. Writes
 * update `attributes` and `version` only, so anything else on the item (an operator's `ttl`) stays.
 *
 * The SDK is loaded on first use (or by `prepare()`), so merely building the skill costs nothing.
 */
export class DynamoDbAdapter implements VersionedAdapter {
  private connection: Promise<Connection> | undefined;

  constructor(private readonly options: DynamoDbAdapterOptions) {}

  /** Loads the SDK and creates the client now (e.g. during Lambda's init phase). */
  prepare(): Promise<unknown> {
    return this.connect();
  }

  async getAttributes(requestEnvelope: RequestEnvelope): Promise<Attributes> {
    return (await this.readItem(requestEnvelope)).attributes;
  }

  /** Writes whatever the item holds (the SDK's call): last write wins. */
  async saveAttributes(requestEnvelope: RequestEnvelope, attributes: Attributes): Promise<void> {
    const id = userIdOf(requestEnvelope);
    await this.call('UpdateItem', undefined, (sdk) =>
      new sdk.UpdateCommand({
        TableName: this.options.tableName,
        Key: { id },
        UpdateExpression: 'SET #attributes = :attributes, #version = if_not_exists(#version, :zero) + :one',
        ExpressionAttributeNames: { '#attributes': 'attributes', '#version': 'version' },
        ExpressionAttributeValues: { ':attributes': attributes, ':zero': 0, ':one': 1 },
      }),
    );
  }

  async readItem(requestEnvelope: RequestEnvelope, timeoutMs?: number): Promise<StoredItem> {
    const id = userIdOf(requestEnvelope);
    const result = await this.call('GetItem', timeoutMs, (sdk) => new sdk.GetCommand({ TableName: this.options.tableName, Key: { id }, ConsistentRead: true }));
    const item = result.Item;
    const attributes: unknown = item?.attributes;
    const version: unknown = item?.version;
    return {
      attributes: typeof attributes === 'object' && attributes !== null && !Array.isArray(attributes) ? (attributes as Attributes) : {},
      version: typeof version === 'number' && Number.isSafeInteger(version) && version > 0 ? version : 0,
    };
  }

  /** Writes if nobody wrote since `version` was read (0: no item, or one from before versions). */
  async writeItem(requestEnvelope: RequestEnvelope, attributes: Attributes, version: number, timeoutMs?: number): Promise<boolean> {
    const id = userIdOf(requestEnvelope);
    try {
      await this.call('UpdateItem', timeoutMs, (sdk) =>
        new sdk.UpdateCommand({
          TableName: this.options.tableName,
          Key: { id },
          UpdateExpression: 'SET #attributes = :attributes, #version = :next',
          ConditionExpression: version === 0 ? 'attribute_not_exists(#version)' : '#version = :read',
          ExpressionAttributeNames: { '#attributes': 'attributes', '#version': 'version' },
          ExpressionAttributeValues: { ':attributes': attributes, ':next': version + 1, ...(version === 0 ? {} : { ':read': version }) },
        }),
      );
      return true;
    } catch (error) {
      if ((error as { name?: unknown }).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  /** The SDK's call: deletes the parent's item. */
  async deleteAttributes(requestEnvelope: RequestEnvelope): Promise<void> {
    await this.deleteItem(requestEnvelope);
  }

  /**
   * Deletes the parent's whole item: only for "forget everything about me" and the skill being
   * disabled (the one reason the function may call DeleteItem).
   */
  async deleteItem(requestEnvelope: RequestEnvelope, timeoutMs?: number): Promise<void> {
    const id = userIdOf(requestEnvelope);
    await this.call('DeleteItem', timeoutMs, (sdk) => new sdk.DeleteCommand({ TableName: this.options.tableName, Key: { id } }));
  }

  /**
   * One storage call with a hard deadline over all its attempts: the SDK's own timeouts bound each
   * attempt, and an abort signal bounds the whole, so a hung endpoint costs the turn at most
   * `callTimeoutMs`.
   */
  private async call(operation: string, requestTimeoutMs: number | undefined, command: (sdk: Connection['sdk']) => unknown): Promise<{ Item?: Record<string, unknown> }> {
    const timeoutMs = Math.min(this.options.callTimeoutMs ?? MAX_CALL_MS, requestTimeoutMs ?? Infinity);
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      const { client, sdk } = await this.connect();
      return (await client.send(command(sdk) as never, { abortSignal: abort.signal })) as { Item?: Record<string, unknown> };
    } catch (error) {
      if (abort.signal.aborted) throw new StorageTimeoutError(`DynamoDB ${operation}`, timeoutMs);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private connect(): Promise<Connection> {
    this.connection ??= Promise.resolve().then(() => {
      // require(), not import(): Lambda provides the SDK to CommonJS code through NODE_PATH, which
      // ESM resolution ignores. It stays external to the bundle and is loaded on first use only.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the AWS SDK loads in prepare(), during Lambda's init phase, not at module load
      const { DynamoDBClient } = require('@aws-sdk/client-dynamodb') as typeof import('@aws-sdk/client-dynamodb');
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the AWS SDK loads in prepare(), during Lambda's init phase, not at module load
      const sdk = require('@aws-sdk/lib-dynamodb') as typeof import('@aws-sdk/lib-dynamodb');
      const { endpoint, region, callTimeoutMs = MAX_CALL_MS, maxAttempts = 2 } = this.options;
      const base = new DynamoDBClient({
        ...(endpoint ? { endpoint } : {}),
        ...(region ? { region } : {}),
        maxAttempts,
        // Without throwOnRequestTimeout a request timeout only logs a warning and the call waits forever.
        // Passed as options, not as a NodeHttpHandler, so that nothing outside @aws-sdk/* has to be
        // found at run time: Lambda's runtime does not offer @smithy/* packages to functions.
        requestHandler: {
          connectionTimeout: Math.min(500, callTimeoutMs),
          requestTimeout: callTimeoutMs,
          throwOnRequestTimeout: true,
        },
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
