import { execFile } from 'child_process';
import type { RequestEnvelope } from 'ask-sdk-model';
import { mkdtempSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { SkillLogger } from '../lambda/logging/logger';
import { persistenceFromEnvironment } from '../lambda/storage/adapters';
import { DynamoDbAdapter } from '../lambda/storage/dynamodb-adapter';
import { MovingAdapter } from '../lambda/storage/moving-adapter';
import { STATE_VERSION } from '../lambda/storage/stored-state';
import { buildLambda } from '../tools/build';
import { conversation } from './support/conversation';
import { LOCAL_AWS_ENV, LocalDynamo } from './support/dynalite';

const TABLE = 'baby-massage-attributes';
const PARENT = 'amzn1.ask.account.DYNAMO-PARENT';

describe('DynamoDB persistence against dynalite on 127.0.0.1', () => {
  const saved: Record<string, string | undefined> = {};
  const dynamo = new LocalDynamo(mkdtempSync(path.join(os.tmpdir(), 'bm-dynalite-')));

  beforeAll(async () => {
    for (const [key, value] of Object.entries(LOCAL_AWS_ENV)) {
      saved[key] = process.env[key];
      process.env[key] = value;
    }
    await dynamo.start();
    await dynamo.createTable(TABLE);
  });

  afterAll(async () => {
    await dynamo.stop();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('with TABLE_NAME set the skill stores to DynamoDB: start, next, pause, session ends, relaunch, resume', async () => {
    const persistence = persistenceFromEnvironment({ TABLE_NAME: TABLE, DYNAMODB_ENDPOINT: dynamo.endpoint });
    expect(persistence).toBeInstanceOf(DynamoDbAdapter);
    const now = () => new Date('2026-11-24T20:15:00.000Z');
    const talk = conversation({ locale: 'en-GB', persistence, userId: PARENT, now });

    expect((await talk.say('start baby massage')).speech).toMatch(/^Welcome to baby massage\./);
    expect((await talk.say('next')).speech).toMatch(/Indian milking\./);
    expect((await talk.say('hold on')).speech).toBe('Paused on the legs and feet. Take your time, and comfort your baby if they need you.');
    expect(await dynamo.item(TABLE, PARENT)).toEqual({
      id: PARENT,
      attributes: {
        version: STATE_VERSION,
        routine: { routineId: 'full', stepId: 'leg-indian-milking', status: 'paused', pausedAt: '2026-11-24T20:15:00.000Z', started: '2026-11-24T20:15' },
        // The practice log's entry for this run: begun at 20:15, about a minute in, 5 % of the way.
        profile: { sessions: 1, finished: 0, firstOpening: 1, log: ['2026-11-24T20:15 full 1 5'] },
        updatedAt: '2026-11-24T20:15:00.000Z',
      },
      // Three writes (start, next, pause), each conditional on the one before; on a loaded machine a
      // write that runs out of the request's storage time is made with the next one (two writes).
      version: expect.any(Number),
    });
    expect((await dynamo.item(TABLE, PARENT))?.version as number).toBeGreaterThanOrEqual(2);
    await talk.silence();
    expect((await talk.silence()).ended).toBe(true);

    expect((await talk.say('open baby massage')).speech).toBe(
      'Welcome back. Last time you paused at Indian milking, on the legs and feet. Shall we carry on from there?',
    );
    expect((await talk.say('resume')).speech).toMatch(/^Let's pick up from the start of this stroke\. \(sound\) Now, the legs and feet\. Rest your warm hands on the legs for a moment\. \(pause 4 s\) Indian milking\./);
    expect(await dynamo.item(TABLE, PARENT)).toMatchObject({ attributes: { routine: { stepId: 'leg-indian-milking', status: 'in-progress' } } });
  });

  it('when the database stops answering mid-conversation the parent still hears the step, the failure is logged, and what was saved stays', async () => {
    const errors: string[] = [];
    const logger: SkillLogger = { info: () => undefined, warn: () => undefined, error: (message) => errors.push(message) };
    const persistence = new DynamoDbAdapter({ tableName: TABLE, endpoint: dynamo.endpoint, callTimeoutMs: 500 });
    const talk = conversation({ locale: 'en-US', persistence, userId: 'amzn1.ask.account.OUTAGE', logger });
    await talk.say('start baby massage');
    await talk.say('next');
    const before = await dynamo.item(TABLE, 'amzn1.ask.account.OUTAGE');
    expect(before).toMatchObject({ attributes: { routine: { stepId: 'leg-indian-milking' } } });

    await dynamo.stop();
    const during = await talk.say('next');
    expect(during.speech).toMatch(/^Hug and glide\./);
    expect(during.ended).toBe(false);
    expect(errors).toContain('Could not save state');

    await dynamo.start(); // same port, same data on disk
    expect(await dynamo.item(TABLE, 'amzn1.ask.account.OUTAGE')).toEqual(before);
    expect((await talk.say('next')).speech).toMatch(/^Thumb over thumb, and toe roll\./);
    expect(await dynamo.item(TABLE, 'amzn1.ask.account.OUTAGE')).toMatchObject({ attributes: { routine: { stepId: 'foot-sole' } } });
  });

  it('a database that is down when a session starts: the guide still speaks, one retry, nothing written over the saved place, and no false promise', async () => {
    const errors: string[] = [];
    const logger: SkillLogger = { info: () => undefined, warn: () => undefined, error: (message) => errors.push(message) };
    const persistence = new DynamoDbAdapter({ tableName: TABLE, endpoint: dynamo.endpoint, callTimeoutMs: 500 });
    const talk = conversation({ locale: 'en-US', persistence, userId: PARENT, logger });
    const before = await dynamo.item(TABLE, PARENT);
    await dynamo.stop();
    try {
      expect((await talk.say('start baby massage')).speech).toMatch(/^Welcome to baby massage\./);
      expect((await talk.say('next')).speech).toMatch(/Indian milking\./);
      expect(errors.filter((e) => e === 'Could not load stored state')).toHaveLength(2);
    } finally {
      await dynamo.start();
    }
    await talk.say('next');
    expect(errors.filter((e) => e === 'Could not load stored state')).toHaveLength(2);
    expect((await talk.say('stop')).speech).toBe("Goodbye. I couldn't save your place on the legs and feet just now, so next time we may start again from the beginning.");
    expect(await dynamo.item(TABLE, PARENT)).toEqual(before);
  });

  describe("a region's own table, with the NA table its parents' places were in before", () => {
    const NA_TABLE = 'BabyMassage-AttributesTable-NA';
    const EU_TABLE = 'BabyMassage-EU-AttributesTable';
    const EU_PARENT = 'amzn1.ask.account.MOVED-TO-EU';
    const now = () => new Date('2026-11-24T20:15:00.000Z');
    /** The EU stack's function as the stack configures it (infra/lib/skill-backend.ts). */
    const euStore = () => persistenceFromEnvironment({ TABLE_NAME: EU_TABLE, FORMER_TABLE_NAME: NA_TABLE, FORMER_TABLE_REGION: 'us-east-1', DYNAMODB_ENDPOINT: dynamo.endpoint });

    beforeAll(async () => {
      await dynamo.createTable(NA_TABLE);
      await dynamo.createTable(EU_TABLE);
      // Paused on the legs last week, when one stack in us-east-1 served every region.
      const na = conversation({ locale: 'en-GB', persistence: persistenceFromEnvironment({ TABLE_NAME: NA_TABLE, DYNAMODB_ENDPOINT: dynamo.endpoint }), userId: EU_PARENT, now });
      await na.say('start baby massage');
      await na.say('next');
      await na.say('hold on');
    });

    it('reads a parent\'s item once from the NA table, moves it, and the parent hears their place; the next request finds it in region', async () => {
      const before = await dynamo.item(NA_TABLE, EU_PARENT);
      expect(before).toMatchObject({ attributes: { routine: { stepId: 'leg-indian-milking', status: 'paused' } } });
      expect(await dynamo.item(EU_TABLE, EU_PARENT)).toBeUndefined();

      const eu = conversation({ locale: 'en-GB', persistence: euStore(), userId: EU_PARENT, now });
      expect((await eu.say('open baby massage')).speech).toBe(
        'Welcome back. Last time you paused at Indian milking, on the legs and feet. Shall we carry on from there?',
      );
      // Moved: written in region as it was, gone from NA.
      expect(await dynamo.item(EU_TABLE, EU_PARENT)).toMatchObject({ attributes: { routine: (before?.attributes as { routine: unknown }).routine, profile: { sessions: 2 } } });
      expect(await dynamo.item(NA_TABLE, EU_PARENT)).toBeUndefined();

      // The next request, even from a function that knows no former table, finds the place in region.
      const later = conversation({ locale: 'en-GB', persistence: new DynamoDbAdapter({ tableName: EU_TABLE, endpoint: dynamo.endpoint }), userId: EU_PARENT, now });
      expect((await later.say('open baby massage')).speech).toMatch(/^Welcome back\. Last time you paused at Indian milking/);
      expect((await later.say('resume')).speech).toMatch(/Indian milking\./);
      expect(await dynamo.item(EU_TABLE, EU_PARENT)).toMatchObject({ attributes: { routine: { stepId: 'leg-indian-milking', status: 'in-progress' } } });
    });

    it('a parent new to both tables starts afresh, written in region only', async () => {
      const eu = conversation({ locale: 'en-GB', persistence: euStore(), userId: 'amzn1.ask.account.NEW-IN-EU', now });
      expect((await eu.say('start baby massage')).speech).toMatch(/^Welcome to baby massage\./);
      expect(await dynamo.item(EU_TABLE, 'amzn1.ask.account.NEW-IN-EU')).toMatchObject({ attributes: { routine: { routineId: 'full' } } });
      expect(await dynamo.item(NA_TABLE, 'amzn1.ask.account.NEW-IN-EU')).toBeUndefined();
    });

    it('an NA table that does not answer fails the read: nothing is written in region over a place not yet moved', async () => {
      const parent = 'amzn1.ask.account.NA-UNREACHABLE';
      const na = conversation({ locale: 'en-GB', persistence: new DynamoDbAdapter({ tableName: NA_TABLE, endpoint: dynamo.endpoint }), userId: parent, now });
      await na.say('start baby massage');
      await na.say('next');
      await na.say('hold on');
      const here = new DynamoDbAdapter({ tableName: EU_TABLE, endpoint: dynamo.endpoint });
      const unreachable = new DynamoDbAdapter({ tableName: NA_TABLE, endpoint: 'http://127.0.0.1:9', callTimeoutMs: 300, maxAttempts: 1 });
      const errors: string[] = [];
      const logger: SkillLogger = { info: () => undefined, warn: () => undefined, error: (message) => errors.push(message) };
      const eu = conversation({ locale: 'en-GB', persistence: new MovingAdapter(here, unreachable), userId: parent, now, logger });
      expect((await eu.say('open baby massage')).speech).toMatch(/^Welcome to baby massage\./);
      expect(errors).toContain('Could not load stored state');
      await eu.say('stop');
      expect(await dynamo.item(EU_TABLE, parent)).toBeUndefined();
      expect(await dynamo.item(NA_TABLE, parent)).toMatchObject({ attributes: { routine: { stepId: 'leg-indian-milking', status: 'paused' } } });
    });

    it("forgetting deletes the parent's item in both tables", async () => {
      const parent = 'amzn1.ask.account.FORGET-BOTH';
      const store = euStore() as MovingAdapter;
      await new DynamoDbAdapter({ tableName: NA_TABLE, endpoint: dynamo.endpoint }).saveAttributes(envelopeFor(parent), { version: STATE_VERSION });
      await new DynamoDbAdapter({ tableName: EU_TABLE, endpoint: dynamo.endpoint }).saveAttributes(envelopeFor(parent), { version: STATE_VERSION });
      await store.deleteItem(envelopeFor(parent), 1500);
      expect(await dynamo.item(NA_TABLE, parent)).toBeUndefined();
      expect(await dynamo.item(EU_TABLE, parent)).toBeUndefined();
    });
  });

  it('the built Lambda bundle finds the AWS SDK the way Lambda provides it (NODE_PATH) and talks to DynamoDB', async () => {
    // Outside the project, as in /var/task: the SDK is found only through NODE_PATH, as in Lambda.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bm-bundle-'));
    const bundle = await buildLambda(path.join(dir, 'index.js'));
    const run = promisify(execFile);
    const { stdout } = await run(
      path.join(__dirname, '..', 'node_modules', '.bin', 'tsx'),
      [path.join(__dirname, '..', 'tools/simulator/cli.ts'), '--bundle', bundle, '--user', 'amzn1.ask.account.BUNDLE', 'start baby massage', 'next', 'stop'],
      {
        env: {
          ...process.env,
          ...LOCAL_AWS_ENV,
          NODE_PATH: path.join(__dirname, '..', 'node_modules'),
          TABLE_NAME: TABLE,
          DYNAMODB_ENDPOINT: dynamo.endpoint,
        },
      },
    );
    expect(stdout).not.toMatch(/"level":"ERROR"/);
    expect(stdout).toMatch(/Alexa: Goodbye\. I've kept your place on the legs and feet/);
    expect(await dynamo.item(TABLE, 'amzn1.ask.account.BUNDLE')).toMatchObject({ attributes: { version: STATE_VERSION, routine: { stepId: 'leg-indian-milking' } } });
  });
});

/** The least of a request that names its parent, for the adapter's own calls. */
function envelopeFor(userId: string): RequestEnvelope {
  return { version: '1.0', context: { System: { user: { userId }, application: { applicationId: 'x' }, apiEndpoint: 'https://api.amazonalexa.com' } }, request: { type: 'LaunchRequest', requestId: 'r', timestamp: '', locale: 'en-GB' } } as unknown as RequestEnvelope;
}
