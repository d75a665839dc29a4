import { mkdtempSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PersistenceAdapter } from 'ask-sdk-core';
import { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { FileAdapter } from '../../lambda/persistence/file-adapter';
import { SkillLogger } from '../../lambda/logger';
import { buildSkill } from '../../lambda/skill';
import {
  EnvelopeOptions,
  SessionInfo,
  SlotFill,
  intentRequest,
  launchRequest,
  newSessionId,
  otherRequest,
  sessionEndedRequest,
} from '../../tools/alexa/envelope';
import { Resolver, loadModel } from '../../tools/alexa/resolver';
import { speechText } from '../../tools/alexa/speech-text';

/** One exchange, as the parent hears it. */
export interface Turn {
  readonly request: RequestEnvelope;
  readonly response: ResponseEnvelope;
  /** What Alexa says, as readable text: "(pause 3 s)" for breaks, "(sound)" for clips. */
  readonly speech: string;
  readonly ssml: string;
  /** The reprompt as text, '' when there is none. */
  readonly reprompt: string;
  /** The session closed after this turn. */
  readonly ended: boolean;
}

export interface ConversationOptions {
  readonly locale: string;
  readonly persistence?: PersistenceAdapter;
  readonly logger?: SkillLogger;
  readonly now?: () => Date;
  readonly userId?: string;
}

/** A raw request for bad-input tests: an intent or request type by name, and optional overrides. */
export interface RawRequest {
  readonly intent?: string;
  readonly type?: string;
  readonly slots?: Readonly<Record<string, SlotFill>>;
  readonly locale?: string;
  /** Replaces the session attributes Alexa would send back (garbage tests). */
  readonly sessionAttributes?: Record<string, unknown>;
}

/**
 * Talks to the real skill (built in-process with buildSkill) the way Alexa does: typed phrases are
 * resolved against the locale's real interaction model, session attributes go back and forth, a
 * response that ends the session ends it, and two silences in a row time the session out.
 */
export function conversation(options: ConversationOptions) {
  const persistence =
    options.persistence ?? new FileAdapter(path.join(mkdtempSync(path.join(os.tmpdir(), 'baby-massage-test-')), 'state.json'));
  const skill = buildSkill({ persistence, logger: options.logger, now: options.now });
  const resolver = new Resolver(loadModel(options.locale));
  const userId = options.userId ?? 'amzn1.ask.account.TEST-PARENT';
  let session: SessionInfo | undefined;
  let lastReprompt = '';
  let silences = 0;

  const envelopeOptions = (locale = options.locale): EnvelopeOptions => ({
    locale,
    userId,
    session,
    ...(options.now ? { timestamp: options.now() } : {}),
  });

  async function send(envelope: RequestEnvelope): Promise<Turn> {
    const response = await skill.invoke(envelope);
    const ssml = response.response.outputSpeech?.type === 'SSML' ? response.response.outputSpeech.ssml : '';
    const repromptSpeech = response.response.reprompt?.outputSpeech;
    const reprompt = repromptSpeech?.type === 'SSML' ? speechText(repromptSpeech.ssml) : '';
    const ended = envelope.request.type === 'SessionEndedRequest' || response.response.shouldEndSession !== false;
    session = ended || !session ? undefined : { sessionId: session.sessionId, isNew: false, attributes: response.sessionAttributes ?? {} };
    lastReprompt = reprompt;
    silences = 0;
    return { request: envelope, response, speech: speechText(ssml), ssml, reprompt, ended };
  }

  function openSession(): void {
    session = { sessionId: newSessionId(), isNew: true, attributes: {} };
  }

  return {
    /** Says a phrase. Throws if the model cannot resolve it, or if Alexa would not send it to the skill. */
    async say(phrase: string): Promise<Turn> {
      const resolved = resolver.resolve(phrase);
      if (resolved.kind === 'none') throw new Error(`"${phrase}" matches nothing in the ${options.locale} model`);
      if (resolved.kind === 'launch') {
        openSession();
        return send(launchRequest(envelopeOptions()));
      }
      if (!session) {
        if (!resolved.oneShot) throw new Error(`No session is open: Alexa would not send "${phrase}" to the skill`);
        openSession();
      }
      return send(intentRequest(envelopeOptions(), resolved.name, resolved.slots));
    },

    /** The parent says nothing: first the reprompt plays, then the session times out. */
    async silence(): Promise<Turn> {
      if (!session) throw new Error('No session is open');
      if (silences === 0 && lastReprompt) {
        silences = 1;
        const quiet = { request: undefined as never, response: undefined as never, ssml: '', ended: false };
        return { ...quiet, speech: lastReprompt, reprompt: lastReprompt };
      }
      return send(sessionEndedRequest(envelopeOptions(), 'EXCEEDED_MAX_REPROMPTS'));
    },

    async endSession(reason: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS' | 'ERROR' = 'USER_INITIATED'): Promise<Turn> {
      if (!session) throw new Error('No session is open');
      return send(sessionEndedRequest(envelopeOptions(), reason));
    },

    /** Sends a raw request (an unknown intent, an odd request type, garbage session attributes). */
    async send(raw: RawRequest): Promise<Turn> {
      if (!session || raw.type === 'LaunchRequest') openSession();
      if (raw.sessionAttributes && session) session = { ...session, attributes: raw.sessionAttributes };
      const base = envelopeOptions(raw.locale);
      if (raw.intent) return send(intentRequest(base, raw.intent, raw.slots));
      if (raw.type === 'LaunchRequest') return send(launchRequest(base));
      return send(otherRequest(base, raw.type ?? 'Unknown.Request'));
    },

    /** What the store holds for this parent. */
    async state(): Promise<Record<string, unknown>> {
      return persistence.getAttributes(launchRequest(envelopeOptions()));
    },

    get sessionOpen(): boolean {
      return session !== undefined;
    },
  };
}

export type Conversation = ReturnType<typeof conversation>;
