import { createHash } from 'crypto';
import { JsonLogger } from '../lambda/logging/json-logger';
import { sha256Hex } from '../lambda/logging/sha256';
import { SkillLogger } from '../lambda/logging/logger';
import { metricFields } from '../lambda/logging/metrics';
import { collectingLogger } from './support/logger';
import { conversation } from './support/conversation';

const USER = 'amzn1.ask.account.AFSECRETUSERIDTHATMUSTNOTBELOGGED';

describe('request logs', () => {
  const lines: { message: string; attributes?: Record<string, unknown> }[] = [];
  const log = (message: string, attributes?: Record<string, unknown>) => lines.push({ message, attributes });
  const logger: SkillLogger = { info: log, warn: log, error: log };

  beforeAll(async () => {
    const talk = conversation({ locale: 'en-GB', logger, userId: USER });
    await talk.say('start baby massage');
    await talk.say('does massage help with wind');
    await talk.say('hold on');
  });

  it('say what kind of request, which intent and locale, and who by a hash only', () => {
    const requests = lines.filter((l) => l.message === 'Request').map((l) => l.attributes);
    const user = createHash('sha256').update(USER).digest('hex').slice(0, 16);
    expect(requests).toEqual([
      { requestType: 'LaunchRequest', intent: undefined, locale: 'en-GB', newSession: true, user },
      { requestType: 'IntentRequest', intent: 'BenefitsIntent', locale: 'en-GB', newSession: false, user },
      { requestType: 'IntentRequest', intent: 'AMAZON.PauseIntent', locale: 'en-GB', newSession: false, user },
    ]);
  });

  it('never contain the raw user id, the API access token, or what the parent asked about', () => {
    const everything = JSON.stringify(lines);
    expect(everything).not.toContain(USER);
    expect(everything).not.toContain('simulated-token-never-logged');
    expect(everything).not.toMatch(/\bwind\b/);
  });
});

describe('the user handle', () => {
  it.each(['', 'a', USER, 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'Ünïcödé 😀'.repeat(20)])('is SHA-256, as node:crypto computes it (%#)', (text) => {
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
  });
});

describe('the JSON log line', () => {
  it('is one object a line with level, message, time, service and invocation, and attributes cannot replace them', () => {
    const written: string[] = [];
    const logger = new JsonLogger({ POWERTOOLS_SERVICE_NAME: 'bm', POWERTOOLS_LOG_LEVEL: 'INFO' }, (line) => written.push(line));
    logger.addContext({ functionName: 'fn', awsRequestId: 'req-1' } as never);
    logger.error('Could not save state', { storageFailure: 'save', message: 'sneaky', level: 'DEBUG' });
    logger.addContext({ functionName: 'fn', awsRequestId: 'req-2' } as never);
    logger.info('Request', { requestType: 'LaunchRequest' });
    expect(written.every((line) => line.endsWith('\n') && !line.slice(0, -1).includes('\n'))).toBe(true);
    const [first, second] = written.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first).toEqual({
      level: 'ERROR',
      message: 'Could not save state',
      storageFailure: 'save',
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      service: 'bm',
      cold_start: true,
      function_name: 'fn',
      function_request_id: 'req-1',
    });
    expect(second).toMatchObject({ level: 'INFO', message: 'Request', cold_start: false, function_request_id: 'req-2' });
  });

  it('leaves out what is below the configured level', () => {
    const written: string[] = [];
    const logger = new JsonLogger({ POWERTOOLS_LOG_LEVEL: 'ERROR' }, (line) => written.push(line));
    logger.info('hello');
    logger.warn('careful');
    logger.error('broken');
    expect(written.map((line) => (JSON.parse(line) as { message: string }).message)).toEqual(['broken']);
  });
});

describe('metrics from the log lines (embedded metric format)', () => {
  it("keeps a line's _aws block whole, with routine and locale as the only dimensions", () => {
    const written: string[] = [];
    const logger = new JsonLogger({ POWERTOOLS_LOG_LEVEL: 'INFO' }, (line) => written.push(line));
    logger.info('Routine started', metricFields('RoutineStarted', { routine: 'colic', locale: 'en-GB' }));
    const line = JSON.parse(written[0]) as Record<string, unknown> & { _aws: { Timestamp: number; CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string; Unit: string }[] }[] } };
    expect(line).toMatchObject({ message: 'Routine started', routine: 'colic', locale: 'en-GB', RoutineStarted: 1 });
    expect(line._aws.CloudWatchMetrics).toEqual([{ Namespace: 'BabyMassage', Dimensions: [['routine', 'locale']], Metrics: [{ Name: 'RoutineStarted', Unit: 'Count' }] }]);
    expect(typeof line._aws.Timestamp).toBe('number');
  });

  it('counts routines started and finished, where parents stop, and fallbacks by locale, never their words', async () => {
    const { logger, lines } = collectingLogger();
    const talk = conversation({ locale: 'en-AU', logger });
    await talk.say('ask baby massage for the bedtime one');
    await talk.say('next');
    await talk.send({ intent: 'AMAZON.FallbackIntent', slots: {} });
    await talk.endSession('USER_INITIATED');
    const metric = (message: string) => lines.find((l) => l.message === message)?.attributes;
    expect(metric('Routine started')).toMatchObject({ routine: 'bedtime', locale: 'en-AU', RoutineStarted: 1 });
    expect(metric('Fallback')).toMatchObject({ locale: 'en-AU', Fallback: 1 });
    expect(Object.keys(metric('Fallback') ?? {}).sort()).toEqual(['Fallback', '_aws', 'locale']);
    expect(metric('Routine left')).toMatchObject({ routine: 'bedtime', step: 'back-back-and-forth', locale: 'en-AU', RoutineLeft: 1 });
  });
});
