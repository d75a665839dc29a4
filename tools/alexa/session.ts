import { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import {
  EnvelopeOptions,
  SessionInfo,
  SlotFill,
  intentRequest,
  launchRequest,
  newSessionId,
  otherRequest,
  permissionResponse,
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
  /** What the device's player did, in order: "playing ...", "queued ...", "stopped ...". */
  readonly player?: readonly string[];
}

/** The device's audio player, as far as a skill can see it. */
export interface PlayerState {
  readonly token: string;
  readonly offsetInMilliseconds: number;
  readonly playerActivity: 'PLAYING' | 'STOPPED' | 'FINISHED';
  /** The token queued after this one (ENQUEUE). */
  readonly queued?: string;
}

/** Intents Alexa sends to the skill whose audio played last, without its name. */
const AUDIO_ROUTED = new Set([
  'AMAZON.PauseIntent', 'AMAZON.ResumeIntent', 'AMAZON.NextIntent', 'AMAZON.PreviousIntent', 'AMAZON.StartOverIntent',
  'AMAZON.RepeatIntent', 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.LoopOnIntent', 'AMAZON.LoopOffIntent',
  'AMAZON.ShuffleOnIntent', 'AMAZON.ShuffleOffIntent',
]);

/** A raw request for bad-input tests: an intent or request type by name, and optional overrides. */
export interface RawRequest {
  readonly intent?: string;
  readonly type?: string;
  readonly slots?: Readonly<Record<string, SlotFill>>;
  readonly locale?: string;
  /** Replaces the session attributes Alexa would send back (garbage tests). */
  readonly sessionAttributes?: Record<string, unknown>;
  /** More fields of a request of `type` (a Connections.Response's status and token). */
  readonly extra?: Record<string, unknown>;
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
  /** The device can play audio (an Echo): play-along works, and Alexa routes "pause" to its audio. */
  readonly audioPlayer?: boolean;
  /** Told of each step that starts playing (the simulator renders it with eSpeak NG). */
  readonly onPlay?: (token: string) => void;
  /** Where the Alexa APIs answer: a server on 127.0.0.1 (tools/alexa/alexa-api.ts). */
  readonly api?: { readonly endpoint: string; readonly token: string };
  /** Permissions granted before the session (by scope); a yes to Alexa's permission question adds one. */
  readonly permissions?: Readonly<Record<string, 'GRANTED' | 'DENIED'>>;
}

/** What Alexa itself asks when a skill asks for a permission by voice (its words, not the skill's). */
export const ALEXA_PERMISSION_QUESTION = '(Alexa) To do that, Baby Massage needs your permission to create and edit reminders. Do you allow it?';

/**
 * Plays Alexa's part: resolves what the parent says against the interaction model, opens sessions,
 * carries session attributes from turn to turn, ends the session when the skill says so, and times it
 * out after the reprompt meets a second silence. Used by the transcript tests and by `npm start`.
 */
export class AlexaSession {
  private session: SessionInfo | undefined;
  private lastReprompt = '';
  private silences = 0;
  private playerState: PlayerState | undefined;
  private played: string[] = [];
  private permissions: Record<string, 'GRANTED' | 'DENIED'>;
  /** A permission Alexa is asking the parent for, with the skill's token, until they answer. */
  private consent: { readonly scope: string; readonly token: string } | undefined;

  constructor(private readonly options: AlexaSessionOptions) {
    this.permissions = { ...(options.permissions ?? {}) };
  }

  get isOpen(): boolean {
    return this.session !== undefined;
  }

  /** The device's player, when the skill's audio is playing or played last. */
  get player(): PlayerState | undefined {
    return this.playerState;
  }

  /** Says a phrase; throws UnmatchedPhraseError or NoSessionError where Alexa would not reach the skill. */
  async say(phrase: string): Promise<Turn> {
    const resolved = this.options.resolver.resolve(phrase, this.options.now?.() ?? new Date());
    // Alexa's own permission question is answered to Alexa: yes grants it, anything else does not.
    if (this.consent) {
      const { scope, token } = this.consent;
      this.consent = undefined;
      const name = resolved.kind === 'intent' ? resolved.name : '';
      const status = name === 'AMAZON.YesIntent' ? 'ACCEPTED' : name === 'AMAZON.NoIntent' ? 'DENIED' : 'NOT_ANSWERED';
      if (status === 'ACCEPTED') this.permissions[scope] = 'GRANTED';
      return this.send(permissionResponse(this.envelopeOptions(), status, token, scope));
    }
    if (resolved.kind === 'none') throw new UnmatchedPhraseError(phrase, resolved.examples);
    if (resolved.kind === 'launch') {
      this.open();
      return this.send(launchRequest(this.envelopeOptions()));
    }
    if (!this.session) {
      // With the skill's audio on the device, "Alexa, pause" (next, resume...) goes to the skill.
      const toAudio = this.playerState !== undefined && AUDIO_ROUTED.has(resolved.name);
      if (!resolved.oneShot && !toAudio) throw new NoSessionError(phrase);
      this.open();
    }
    return this.send(intentRequest(this.envelopeOptions(), resolved.name, resolved.slots));
  }

  /** Lets the playing step run to its end: nearly finished, finished, then whatever was queued starts. */
  async playThrough(): Promise<Turn> {
    const player = this.playerState;
    if (!player || player.playerActivity !== 'PLAYING') throw new Error('Nothing is playing');
    this.played = [];
    await this.report('AudioPlayer.PlaybackNearlyFinished');
    await this.report('AudioPlayer.PlaybackFinished');
    const next = this.playerState?.queued;
    if (next) {
      this.playerState = { token: next, offsetInMilliseconds: 0, playerActivity: 'PLAYING' };
      this.played.push(`playing ${next}`);
      this.options.onPlay?.(next);
      await this.report('AudioPlayer.PlaybackStarted');
    } else {
      this.playerState = { ...this.playerState!, playerActivity: 'FINISHED' };
      this.played.push('finished');
    }
    return { speech: '', ssml: '', reprompt: '', ended: true, player: this.played };
  }

  /** Presses a button on the device or in the app (PlaybackController.*). */
  async press(button: 'Next' | 'Previous' | 'Play' | 'Pause'): Promise<Turn> {
    this.played = [];
    await this.report(`PlaybackController.${button}CommandIssued`);
    return { speech: '', ssml: '', reprompt: '', ended: true, player: this.played };
  }

  /** The parent says nothing: first the reprompt plays, then the session times out. */
  async silence(): Promise<Turn> {
    if (!this.session) throw new Error('No session is open');
    if (this.consent) {
      const { scope, token } = this.consent;
      this.consent = undefined;
      return this.send(permissionResponse(this.envelopeOptions(), 'NOT_ANSWERED', token, scope));
    }
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
    return this.send(otherRequest(base, raw.type ?? 'Unknown.Request', raw.extra));
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
    return {
      locale,
      userId,
      session: this.session,
      ...(now ? { timestamp: now() } : {}),
      device: { audioPlayer: this.options.audioPlayer ?? false },
      ...(this.options.api ? { api: this.options.api } : {}),
      ...(Object.keys(this.permissions).length > 0 ? { permissions: { ...this.permissions } } : {}),
      ...(this.playerState ? { audioPlayer: { token: this.playerState.token, offsetInMilliseconds: this.playerState.offsetInMilliseconds, playerActivity: this.playerState.playerActivity } } : {}),
    };
  }

  /** An AudioPlayer or PlaybackController request: no session, as Alexa sends them. */
  private async report(type: string): Promise<void> {
    const player = this.playerState;
    const extra = type.startsWith('AudioPlayer.') && player ? { token: player.token, offsetInMilliseconds: player.offsetInMilliseconds } : {};
    const response = await this.options.invoke(otherRequest({ ...this.envelopeOptions(), session: undefined }, type, extra));
    await this.follow(response);
  }

  /** Does what the response's AudioPlayer directives tell the device to do. */
  private async follow(response: ResponseEnvelope): Promise<void> {
    for (const directive of response.response.directives ?? []) {
      if (directive.type === 'AudioPlayer.Play') {
        const { token, offsetInMilliseconds } = directive.audioItem!.stream!;
        if (directive.playBehavior === 'ENQUEUE') {
          if (this.playerState) this.playerState = { ...this.playerState, queued: token };
          this.played.push(`queued ${token}`);
        } else {
          this.playerState = { token, offsetInMilliseconds: offsetInMilliseconds ?? 0, playerActivity: 'PLAYING' };
          this.played.push(`playing ${token}${offsetInMilliseconds ? ` from ${(offsetInMilliseconds / 1000).toFixed(1)} s` : ''}`);
          this.options.onPlay?.(token);
          await this.report('AudioPlayer.PlaybackStarted');
        }
      } else if (directive.type === 'AudioPlayer.Stop' && this.playerState) {
        this.playerState = { ...this.playerState, playerActivity: 'STOPPED' };
        this.played.push(`stopped ${this.playerState.token}`);
        await this.report('AudioPlayer.PlaybackStopped');
      }
    }
  }

  private async send(envelope: RequestEnvelope): Promise<Turn> {
    this.played = [];
    const response = await this.options.invoke(envelope);
    await this.follow(response);
    const speech = response.response.outputSpeech;
    const ssml = speech?.type === 'SSML' ? speech.ssml : '';
    const repromptSpeech = response.response.reprompt?.outputSpeech;
    const reprompt = repromptSpeech?.type === 'SSML' ? speechText(repromptSpeech.ssml) : '';
    // The skill asks Alexa to ask for a permission: Alexa asks, in the same session.
    const askFor = response.response.directives?.find((d) => d.type === 'Connections.SendRequest' && d.name === 'AskFor') as { token: string; payload?: { permissionScope?: string } } | undefined;
    if (askFor) this.consent = { scope: askFor.payload?.permissionScope ?? '', token: askFor.token };
    const ended = !askFor && (envelope.request.type === 'SessionEndedRequest' || response.response.shouldEndSession !== false);
    this.session =
      ended || !this.session ? undefined : { sessionId: this.session.sessionId, isNew: false, attributes: response.sessionAttributes ?? {} };
    this.lastReprompt = reprompt;
    this.silences = 0;
    const said = askFor ? [speechText(ssml), ALEXA_PERMISSION_QUESTION].filter(Boolean).join(' ') : speechText(ssml);
    return { request: envelope, response, speech: said, ssml, reprompt, ended, ...(this.played.length ? { player: [...this.played] } : {}) };
  }
}
