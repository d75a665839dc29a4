import { mkdtempSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PersistenceAdapter } from 'ask-sdk-core';
import { FileAdapter } from '../../lambda/storage/file-adapter';
import { SkillLogger } from '../../lambda/logging/logger';
import { buildSkill } from '../../lambda/skill';
import { AlexaSession, RawRequest, Turn } from '../../tools/alexa/session';
import { Resolver, resolverFor as newResolver } from '../../tools/alexa/resolver';

export type { RawRequest, Turn };

export interface ConversationOptions {
  readonly locale: string;
  readonly persistence?: PersistenceAdapter;
  readonly logger?: SkillLogger;
  readonly now?: () => Date;
  readonly userId?: string;
  /** Where the Alexa APIs answer (a server from tools/alexa/alexa-api.ts), and permissions already granted. */
  readonly api?: { readonly endpoint: string; readonly token: string };
  readonly permissions?: Readonly<Record<string, 'GRANTED' | 'DENIED'>>;
}

/**
 * A transcript driver over the real skill, built in-process with buildSkill: typed phrases are resolved
 * against the locale's real interaction model and sent as real request envelopes (tools/alexa/session.ts
 * plays Alexa's part). A phrase the model cannot resolve throws, so a typo in a test fails loudly.
 */
/** One resolver per locale and test file: the models do not change while it runs, and each takes a while to build. */
const RESOLVERS = new Map<string, Resolver>();
function resolverFor(locale: string): Resolver {
  let resolver = RESOLVERS.get(locale);
  if (!resolver) RESOLVERS.set(locale, (resolver = newResolver(locale)));
  return resolver;
}

export function conversation(options: ConversationOptions) {
  const persistence =
    options.persistence ?? new FileAdapter(path.join(mkdtempSync(path.join(os.tmpdir(), 'baby-massage-test-')), 'state.json'));
  const skill = buildSkill({ persistence, logger: options.logger, now: options.now });
  const alexa = new AlexaSession({
    locale: options.locale,
    userId: options.userId ?? 'amzn1.ask.account.TEST-PARENT',
    resolver: resolverFor(options.locale),
    invoke: (envelope) => skill.invoke(envelope),
    now: options.now,
    ...(options.api ? { api: options.api } : {}),
    ...(options.permissions ? { permissions: options.permissions } : {}),
  });

  let last: Turn | undefined;
  const say = async (phrase: string): Promise<Turn> => (last = await alexa.say(phrase));
  /** The routine position the skill left in the session after the last turn. */
  const position = (): { routineId?: string; stepId?: string } | undefined =>
    (last?.response?.sessionAttributes as { routine?: { routineId: string; stepId: string } } | undefined)?.routine;

  return {
    say,
    /** Says "next" until the routine stands on `stepId` (from the start of a routine), and returns that turn. */
    async goTo(stepId: string): Promise<Turn> {
      for (let i = 0; i < 40; i++) {
        if (position()?.stepId === stepId && last) return last;
        await say('next');
      }
      throw new Error(`Never reached step ${stepId}`);
    },
    position,
    silence: async (): Promise<Turn> => (last = await alexa.silence()),
    endSession: async (reason?: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS' | 'ERROR'): Promise<Turn> => (last = await alexa.end(reason)),
    send: async (raw: RawRequest): Promise<Turn> => (last = await alexa.sendRaw(raw)),
    /** What the store holds for this parent. */
    state: (): Promise<Record<string, unknown>> => persistence.getAttributes(alexa.outOfSession()),
  };
}
