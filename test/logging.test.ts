import { createHash } from 'crypto';
import { SkillLogger } from '../lambda/logger';
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
