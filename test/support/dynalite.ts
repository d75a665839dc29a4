import { AddressInfo, Socket } from 'net';
import { Server } from 'http';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the package ships no types or ES module
const dynalite = require('dynalite') as (options: { path?: string; createTableMs?: number }) => Server;

/** Credentials and region the SDK needs even for a local server; nothing leaves 127.0.0.1. */
export const LOCAL_AWS_ENV = { AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' };

/**
 * A real DynamoDB-protocol server (dynalite) on 127.0.0.1, on a free port, keeping its data in `path`
 * so it can be stopped (as if the database stopped answering) and started again on the same data.
 */
export class LocalDynamo {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly dataPath: string) {}

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = dynalite({ path: this.dataPath, createTableMs: 0 });
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops answering at once: open keep-alive connections are cut too. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  client(): DynamoDBDocumentClient {
    return DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: this.endpoint, region: LOCAL_AWS_ENV.AWS_REGION, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }));
  }

  /** The table as the stack defines it: partition key `id` (string), on demand. */
  async createTable(name: string): Promise<void> {
    await this.client().send(
      new CreateTableCommand({
        TableName: name,
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
  }

  async item(table: string, id: string): Promise<Record<string, unknown> | undefined> {
    return (await this.client().send(new GetCommand({ TableName: table, Key: { id }, ConsistentRead: true }))).Item;
  }
}
