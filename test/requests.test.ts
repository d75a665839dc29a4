import { RequestEnvelope } from 'ask-sdk-model';
import { buildSkill, ForeignSkillError } from '../lambda/skill';
import { SkillLogger } from '../lambda/logging/logger';
import { TEST_APPLICATION_ID, intentRequest, launchRequest, newSessionId, otherRequest } from '../tools/alexa/envelope';
import { REQUEST_TYPES } from '../tools/fuzz/envelopes';
import { speechText } from '../tools/alexa/speech-text';
import { collectingLogger } from './support/logger';
import { memoryStore } from './support/memory-store';

const USER = 'amzn1.ask.account.OUT-OF-SESSION';
const base = { locale: 'en-US', userId: USER };
const withSession = { ...base, session: { sessionId: newSessionId(), isNew: true, attributes: {} } };

/** The request types of Alexa's interfaces that come without a session and may not be spoken to. */
const SILENT_REQUESTS = REQUEST_TYPES.filter((type) => /^(AudioPlayer|PlaybackController|System|Messaging)\./.test(type));

describe('requests without a session', () => {
  it.each(SILENT_REQUESTS)('%s gets an empty reply: no speech, no reprompt, no session, nothing stored', async (type) => {
    const store = memoryStore();
    const { logger, lines } = collectingLogger();
    const skill = buildSkill({ persistence: store, logger });
    const extra = type === 'System.ExceptionEncountered' ? { error: { type: 'INVALID_RESPONSE', message: 'bad' }, cause: { requestId: 'x' } } : {};
    const reply = await skill.invoke(otherRequest(base, type, extra));
    expect(reply.response).toEqual({});
    expect(reply.sessionAttributes).toBeUndefined();
    expect(store.calls).toEqual({ get: 0, save: 0 });
    expect(lines.filter((l) => l.message === 'Request failed')).toEqual([]);
  });

  it('System.ExceptionEncountered is logged with its message under a key the log keeps', async () => {
    const { logger, lines } = collectingLogger();
    const skill = buildSkill({ persistence: memoryStore(), logger });
    await skill.invoke(otherRequest(base, 'System.ExceptionEncountered', { error: { type: 'INVALID_RESPONSE', message: 'SSML was bad' } }));
    expect(lines).toContainEqual({ level: 'error', message: 'Alexa reported an exception', attributes: { errorType: 'INVALID_RESPONSE', errorMessage: 'SSML was bad' } });
  });

  it('a failure while handling one still gets a reply Alexa accepts, and the error is logged with its stack', async () => {
    let calls = 0;
    const logger: SkillLogger & { lines: Record<string, unknown>[] } = {
      lines: [],
      info: () => {
        calls++;
        throw new Error('log sink down');
      },
      warn: () => undefined,
      error: (message, attributes) => logger.lines.push({ message, ...attributes }),
    };
    const skill = buildSkill({ persistence: memoryStore(), logger });
    const reply = await skill.invoke(otherRequest(base, 'AudioPlayer.PlaybackStopped', { token: 't', offsetInMilliseconds: 5 }));
    expect(calls).toBeGreaterThan(0);
    expect(reply.response).toEqual({});
    expect(logger.lines).toContainEqual(expect.objectContaining({ message: 'Request failed', errorMessage: 'log sink down', errorStack: expect.stringContaining('Error: log sink down') }));
  });

  it('CanFulfillIntentRequest: yes for our intents with known slot values, maybe or no otherwise, and nothing said', async () => {
    const skill = buildSkill({ persistence: memoryStore() });
    const ask = async (intent: Record<string, unknown>) => (await skill.invoke(otherRequest(base, 'CanFulfillIntentRequest', { intent }))).response;
    expect(await ask({ name: 'AMAZON.PauseIntent', slots: {} })).toEqual({ canFulfillIntent: { canFulfill: 'YES', slots: {} } });
    const matched = { name: 'topic', value: 'sleep', resolutions: { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { id: 'sleep', name: 'sleep' } }] }] } };
    expect(await ask({ name: 'BenefitsIntent', slots: { topic: matched } })).toEqual({
      canFulfillIntent: { canFulfill: 'YES', slots: { topic: { canUnderstand: 'YES', canFulfill: 'YES' } } },
    });
    const unmatched = { name: 'topic', value: 'astrology', resolutions: { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_NO_MATCH' } }] } };
    expect(await ask({ name: 'BenefitsIntent', slots: { topic: unmatched } })).toEqual({
      canFulfillIntent: { canFulfill: 'MAYBE', slots: { topic: { canUnderstand: 'MAYBE', canFulfill: 'NO' } } },
    });
    expect(await ask({ name: 'OrderPizzaIntent', slots: {} })).toEqual({ canFulfillIntent: { canFulfill: 'NO' } });
    expect(await ask({ name: 'ThanksIntent', slots: {} })).toEqual({ canFulfillIntent: { canFulfill: 'NO' } });
    // Reminders, a baby's age and one's data are Alexa's own as much as ours: never claimed without our name.
    for (const name of ['SetReminderIntent', 'CancelReminderIntent', 'CheckReminderIntent', 'BabyAgeIntent', 'HowOldIntent', 'ForgetAgeIntent', 'ForgetMeIntent', 'PracticeLogIntent']) {
      expect([name, await ask({ name, slots: {} })]).toEqual([name, { canFulfillIntent: { canFulfill: 'NO' } }]);
    }
    expect(await ask({ name: 'CourseIntent', slots: {} })).toEqual({ canFulfillIntent: { canFulfill: 'YES', slots: {} } });
  });

  it('an intent without a session is still answered, with the session closed and nothing stored', async () => {
    const store = memoryStore();
    const { logger, lines } = collectingLogger();
    const skill = buildSkill({ persistence: store, logger });
    const reply = await skill.invoke(intentRequest(base, 'WhereIntent'));
    expect(reply.response.outputSpeech).toEqual({ type: 'SSML', ssml: "<speak><s>We haven&apos;t started a massage yet.</s><s>Would you like to start a massage?</s></speak>" });
    expect(reply.response.reprompt).toBeUndefined();
    expect(reply.response.shouldEndSession).toBe(true);
    expect(store.calls).toEqual({ get: 0, save: 0 });
    expect(lines.filter((l) => l.level === 'error')).toEqual([]);
  });
});

describe('the skill ID', () => {
  const skillId = TEST_APPLICATION_ID;
  const store = memoryStore();
  const skill = buildSkill({ persistence: store, skillId });
  const tamper = (envelope: RequestEnvelope, where: 'context' | 'session', id: string | undefined): RequestEnvelope => {
    const copy = structuredClone(envelope);
    if (where === 'context') copy.context.System.application = id === undefined ? (undefined as never) : { applicationId: id };
    else copy.session!.application = id === undefined ? (undefined as never) : { applicationId: id };
    return copy;
  };

  it('lets through a request that names this skill in the context and the session', async () => {
    const reply = await skill.invoke(launchRequest(withSession));
    const speech = reply.response.outputSpeech?.type === 'SSML' ? speechText(reply.response.outputSpeech.ssml) : '';
    expect(speech).toMatch(/^Welcome to baby massage\. I'll guide you stroke by stroke/);
  });

  it.each([
    ['another skill in the session', tamper(launchRequest(withSession), 'session', 'amzn1.ask.skill.someone-else')],
    ['another skill in the context', tamper(launchRequest(withSession), 'context', 'amzn1.ask.skill.someone-else')],
    ['no skill at all', tamper(tamper(launchRequest(withSession), 'session', undefined), 'context', undefined)],
  ])('refuses %s before anything runs or is stored', async (_, envelope) => {
    const before = { ...store.calls };
    await expect(skill.invoke(envelope)).rejects.toBeInstanceOf(ForeignSkillError);
    expect(store.calls).toEqual(before);
  });
});

describe('error logs', () => {
  it('carry the failed operation and the stack, never the user id', async () => {
    const { logger, lines } = collectingLogger();
    const store = memoryStore();
    store.fail(true);
    const skill = buildSkill({ persistence: store, logger });
    await skill.invoke(launchRequest(withSession));
    const failure = lines.find((l) => l.message === 'Could not load stored state');
    expect(failure?.attributes).toEqual({ storageFailure: 'load', errorName: 'Error', errorMessage: 'connect ECONNREFUSED 127.0.0.1:1', errorStack: expect.stringMatching(/^Error: connect ECONNREFUSED/) });
    expect(JSON.stringify(lines)).not.toContain(USER);
  });
});
