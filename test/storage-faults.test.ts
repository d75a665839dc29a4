import { fork } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'fs';
import { AddressInfo, Server, Socket, createServer } from 'net';
import * as os from 'os';
import * as path from 'path';
import { build } from 'esbuild';
import { RequestEnvelope } from 'ask-sdk-model';
import { DynamoDbAdapter } from '../lambda/storage/dynamodb-adapter';
import { StorageTimeoutError } from '../lambda/storage/items';
import { FileAdapter, UnsafeStateFileError } from '../lambda/storage/file-adapter';
import { MissingUserError } from '../lambda/storage/user';
import { launchRequest } from '../tools/alexa/envelope';
import { LOCAL_AWS_ENV } from './support/dynalite';
import { conversation } from './support/conversation';

const envelopeFor = (userId: string): RequestEnvelope => launchRequest({ locale: 'en-US', userId });
const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'bm-store-'));

/** A TCP server on 127.0.0.1 that accepts every connection and never answers: a hung database. */
async function hungServer(): Promise<{ endpoint: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('a DynamoDB endpoint that accepts connections and never answers', () => {
  const saved = { ...process.env };
  let hung: Awaited<ReturnType<typeof hungServer>>;
  beforeAll(async () => {
    Object.assign(process.env, LOCAL_AWS_ENV);
    hung = await hungServer();
  });
  afterAll(async () => {
    process.env = saved;
    await hung.close();
  });

  it('fails each call within its deadline instead of waiting forever', async () => {
    const adapter = new DynamoDbAdapter({ tableName: 'T', endpoint: hung.endpoint });
    const started = Date.now();
    await expect(adapter.getAttributes(envelopeFor('amzn1.ask.account.HUNG'))).rejects.toBeInstanceOf(StorageTimeoutError);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(1400);
    expect(elapsed).toBeLessThan(2500);
  });

  it('still answers every turn within 4 s, and says nothing untrue about the saved place', async () => {
    const talk = conversation({ locale: 'en-US', persistence: new DynamoDbAdapter({ tableName: 'T', endpoint: hung.endpoint }) });
    const timed = async (phrase: string) => {
      const started = Date.now();
      const turn = await talk.say(phrase);
      expect(Date.now() - started).toBeLessThan(4000);
      return turn;
    };
    expect((await timed('start baby massage')).speech).toMatch(/^Welcome to baby massage\./);
    expect((await timed('next')).speech).toMatch(/Indian milking\./);
    expect((await timed('pause')).reprompt).toBe("Say resume when you're ready.");
    expect((await timed('stop')).speech).toBe("Goodbye. I couldn't save your place on the legs and feet just now, so next time we may start again from the beginning.");
  }, 30_000);
});

describe('the file store', () => {
  it('loses nothing when 50 parents take their turns interleaved in one process', async () => {
    const file = path.join(tempDir(), 'state.json');
    const adapter = new FileAdapter(file);
    const users = Array.from({ length: 50 }, (_, i) => `amzn1.ask.account.PARENT-${i}`);
    for (let turn = 1; turn <= 10; turn++) {
      await Promise.all(users.map((user) => adapter.saveAttributes(envelopeFor(user), { turn, user })));
    }
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { attributes: { turn: number }; version: number }>;
    expect(users.filter((user) => stored[user]?.attributes.turn !== 10 || stored[user]?.version !== 10)).toEqual([]);
  });

  it('loses nothing when 8 processes share it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'state.json');
    const worker = path.join(dir, 'worker.js');
    await build({
      stdin: {
        contents: `
          const { FileAdapter } = require(${JSON.stringify(path.join(__dirname, '..', 'lambda', 'storage', 'file-adapter.ts'))});
          const [file, name] = process.argv.slice(2);
          const adapter = new FileAdapter(file, { lockTimeoutMs: 20000 });
          (async () => {
            for (let turn = 1; turn <= 10; turn++) {
              for (let u = 0; u < 20; u++) {
                const userId = 'amzn1.ask.account.' + name + '-' + u;
                await adapter.saveAttributes({ context: { System: { user: { userId } } } }, { turn });
              }
            }
          })().catch((error) => { console.error(error); process.exit(1); });`,
        resolveDir: dir,
        loader: 'js',
      },
      bundle: true,
      platform: 'node',
      outfile: worker,
      logLevel: 'silent',
    });
    const codes = await Promise.all(
      Array.from({ length: 8 }, (_, p) => new Promise<number | null>((resolve) => fork(worker, [file, `P${p}`], { stdio: 'inherit' }).on('exit', resolve))),
    );
    expect(codes).toEqual(Array(8).fill(0));
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { attributes: { turn: number } }>;
    const lost = Array.from({ length: 8 }, (_, p) => Array.from({ length: 20 }, (__, u) => `amzn1.ask.account.P${p}-${u}`))
      .flat()
      .filter((user) => stored[user]?.attributes.turn !== 10);
    expect(lost).toEqual([]);
    expect(Object.keys(stored)).toHaveLength(160);
  }, 60_000);

  it('creates its folder and file for the owner only, with unpredictable temporary names, and cleans up after itself', async () => {
    const dir = path.join(tempDir(), 'store');
    const file = path.join(dir, 'state.json');
    const adapter = new FileAdapter(file);
    await adapter.saveAttributes(envelopeFor('amzn1.ask.account.A'), { turn: 1 });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['state.json']);
  });

  it('removes the temporary files a writer killed mid-write left behind, with its stale lock, once they are old', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'state.json');
    const left = path.join(dir, 'state.json.Ab3dE9');
    mkdirSync(left);
    writeFileSync(path.join(left, 'state.tmp'), '{"half": ');
    writeFileSync(`${file}.lock`, '');
    const old = new Date(Date.now() - 10 * 60_000);
    utimesSync(left, old, old);
    utimesSync(`${file}.lock`, old, old);
    await new FileAdapter(file).saveAttributes(envelopeFor('amzn1.ask.account.A'), { turn: 1 });
    expect(existsSync(left)).toBe(false);
  });

  it('breaks a lock a dead process left, and carries on', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'state.json');
    writeFileSync(`${file}.lock`, '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${file}.lock`, old, old);
    await new FileAdapter(file).saveAttributes(envelopeFor('amzn1.ask.account.A'), { turn: 1 });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ 'amzn1.ask.account.A': { attributes: { turn: 1 }, version: 1 } });
  });

  it('never writes through a symlink planted at the state file', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'precious.txt');
    writeFileSync(target, 'do not touch');
    const file = path.join(dir, 'state.json');
    symlinkSync(target, file);
    const adapter = new FileAdapter(file);
    await expect(adapter.saveAttributes(envelopeFor('amzn1.ask.account.A'), { turn: 1 })).rejects.toBeInstanceOf(UnsafeStateFileError);
    expect(readFileSync(target, 'utf8')).toBe('do not touch');
  });

  it('refuses a folder that is a symlink', async () => {
    const dir = tempDir();
    const real = path.join(dir, 'real');
    const link = path.join(dir, 'link');
    await new FileAdapter(path.join(real, 'x.json')).saveAttributes(envelopeFor('amzn1.ask.account.A'), {});
    symlinkSync(real, link);
    await expect(new FileAdapter(path.join(link, 'state.json')).getAttributes(envelopeFor('amzn1.ask.account.A'))).rejects.toBeInstanceOf(UnsafeStateFileError);
  });

  it('moves an unreadable file aside instead of overwriting it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'state.json');
    writeFileSync(file, 'not json', { mode: 0o600 });
    expect(await new FileAdapter(file).getAttributes(envelopeFor('amzn1.ask.account.A'))).toEqual({});
    expect(readdirSync(dir).some((name) => name.startsWith('state.json.corrupt-'))).toBe(true);
  });

  it('keeps nothing for a request without a user id, rather than a key every such request would share', async () => {
    const file = path.join(tempDir(), 'state.json');
    const adapter = new FileAdapter(file);
    const anonymous = launchRequest({ locale: 'en-US', userId: undefined as never });
    await expect(adapter.saveAttributes(anonymous, { turn: 1 })).rejects.toBeInstanceOf(MissingUserError);
    expect(existsSync(file)).toBe(false);
  });
});

describe('a request without a user id through the skill', () => {
  it('is answered, and nothing is stored for it', async () => {
    const file = path.join(tempDir(), 'state.json');
    const talk = conversation({ locale: 'en-US', persistence: new FileAdapter(file), userId: '' });
    expect((await talk.say('start baby massage')).speech).toMatch(/^Welcome to baby massage\./);
    await talk.say('next');
    expect((await talk.say('stop')).speech).toMatch(/^Goodbye\. I couldn't save your place/);
    expect(existsSync(file)).toBe(false);
  });
});
