import { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import {
  EnvelopeOptions,
  SessionInfo,
  SlotFill,
  intentRequest,
  launchRequest,
  newSessionId,
  otherRequest,
  sessionEndedRequest,
} from './envelope';
import { Resolver } from './resolver';
import { speechText } from './speech-text';

/** One exchange, as the parent hears it. */
export interface Turn {
  readonly request?: RequestEnvelope;
  readonly response?: ResponseEnvelope;
  /** What Alexa says, as readable text: "(pause 3 s)" for breaks, "(sound)" for clips. */
  readonly speech: string;
  readonly ssml: string;
  /** The reprompt as text, '' when there is none. */
  readonly reprompt: string;
  /** The session closed after this turn. */
  readonly ended: boolean;
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

/** The phrase matches nothing in the model; `examples` are phrases that would. */
export class UnmatchedPhraseError extends Error {
  constructor(
    readonly phrase: string,
    readonly examples: readonly string[],
  ) {
    super(`"${phrase}" matches nothing in the interaction model`);
    this.name = 'UnmatchedPhraseError';
  }
}

/** Outside a session Alexa only sends the skill a launch or a one-shot ("ask baby massage ..."). */
export class NoSessionError extends Error {
  constructor(readonly phrase: string) {
    super(`No session is open: Alexa would not send "${phrase}" to the skill`);
    this.name = 'NoSessionError';
  }
}

export interface AlexaSessionOptions {
  readonly locale: string;
  readonly userId: string;
  readonly resolver: Resolver;
  /** The skill under test: the in-process skill or the built Lambda handler. */
  readonly invoke: (envelope: RequestEnvelope) => Promise<ResponseEnvelope>;
  readonly now?: () => Date;
}

/**
 * Plays Alexa's part: resolves what the parent says against the interaction model, opens sessions,
 * carries session attributes from turn to turn, ends the session when the skill says so, and times it
 * out after the reprompt meets a second silence. Used by the transcript tests and by `npm start`.
 */
export class AlexaSession {
  private session: SessionInfo | undefined;
  private lastReprompt = '';
  private silences = 0;

  constructor(private readonly options: AlexaSessionOptions) {}

  get isOpen(): boolean {
    return this.session !== undefined;
  }

  /** Says a phrase; throws UnmatchedPhraseError or NoSessionError where Alexa would not reach the skill. */
  async say(phrase: string): Promise<Turn> {
    const resolved = this.options.resolver.resolve(phrase);
    if (resolved.kind === 'none') throw new UnmatchedPhraseError(phrase, resolved.examples);
    if (resolved.kind === 'launch') {
      this.open();
      return this.send(launchRequest(this.envelopeOptions()));
    }
    if (!this.session) {
      if (!resolved.oneShot) throw new NoSessionError(phrase);
      this.open();
    }
    return this.send(intentRequest(this.envelopeOptions(), resolved.name, resolved.slots));
  }

  /** The parent says nothing: first the reprompt plays, then the session times out. */
  async silence(): Promise<Turn> {
    if (!this.session) throw new Error('No session is open');
    if (this.silences === 0 && this.lastReprompt) {
      this.silences = 1;
      return { speech: this.lastReprompt, ssml: '', reprompt: this.lastReprompt, ended: false };
    }
    return this.send(sessionEndedRequest(this.envelopeOptions(), 'EXCEEDED_MAX_REPROMPTS'));
  }

  async end(reason: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS' | 'ERROR' = 'USER_INITIATED'): Promise<Turn> {
    if (!this.session) throw new Error('No session is open');
    return this.send(sessionEndedRequest(this.envelopeOptions(), reason));
  }

  /** Sends a raw request (an unknown intent, an odd request type, garbage session attributes). */
  async sendRaw(raw: RawRequest): Promise<Turn> {
    if (!this.session || raw.type === 'LaunchRequest') this.open();
    if (raw.sessionAttributes && this.session) this.session = { ...this.session, attributes: raw.sessionAttributes };
    const base = this.envelopeOptions(raw.locale);
    if (raw.intent) return this.send(intentRequest(base, raw.intent, raw.slots));
    if (raw.type === 'LaunchRequest') return this.send(launchRequest(base));
    return this.send(otherRequest(base, raw.type ?? 'Unknown.Request'));
  }

  /** An envelope for this user outside any session, e.g. to read the store. */
  outOfSession(): RequestEnvelope {
    return launchRequest({ ...this.envelopeOptions(), session: undefined });
  }

  private open(): void {
    this.session = { sessionId: newSessionId(), isNew: true, attributes: {} };
  }

  private envelopeOptions(locale = this.options.locale): EnvelopeOptions {
    const { userId, now } = this.options;
    return { locale, userId, session: this.session, ...(now ? { timestamp: now() } : {}) };
  }

  private async send(envelope: RequestEnvelope): Promise<Turn> {
    const response = await this.options.invoke(envelope);
    const speech = response.response.outputSpeech;
    const ssml = speech?.type === 'SSML' ? speech.ssml : '';
    const repromptSpeech = response.response.reprompt?.outputSpeech;
    const reprompt = repromptSpeech?.type === 'SSML' ? speechText(repromptSpeech.ssml) : '';
    const ended = envelope.request.type === 'SessionEndedRequest' || response.response.shouldEndSession !== false;
    this.session =
      ended || !this.session ? undefined : { sessionId: this.session.sessionId, isNew: false, attributes: response.sessionAttributes ?? {} };
    this.lastReprompt = reprompt;
    this.silences = 0;
    return { request: envelope, response, speech: speechText(ssml), ssml, reprompt, ended };
  }
}
