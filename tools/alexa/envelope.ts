import { randomUUID } from 'crypto';
import { Intent, RequestEnvelope, Slot } from 'ask-sdk-model';

/**
 * Request envelopes as Alexa sends them, for the simulator and the tests. Only what the skill reads
 * is filled with meaning; the rest has Alexa's shape so the SDK's helpers work unchanged.
 */
export interface SessionInfo {
  readonly sessionId: string;
  readonly isNew: boolean;
  readonly attributes: Record<string, unknown>;
}

export interface EnvelopeOptions {
  readonly locale: string;
  readonly userId: string;
  /** Omit for a request outside a session. */
  readonly session?: SessionInfo;
  readonly applicationId?: string;
  readonly timestamp?: Date;
  /** What the device supports: AudioPlayer (an Echo) and APL (an Echo Show). @default neither */
  readonly device?: { readonly audioPlayer?: boolean; readonly apl?: boolean };
  /** `context.AudioPlayer`: the audio that is playing or last played on the device. */
  readonly audioPlayer?: { readonly token: string; readonly offsetInMilliseconds: number; readonly playerActivity: string };
  /** Where the Alexa APIs answer (`apiEndpoint`) and the token for them: a test server on 127.0.0.1 (tools/alexa/alexa-api.ts). */
  readonly api?: { readonly endpoint: string; readonly token: string };
  /** The permissions the parent granted the skill, by scope ('alexa::alerts:reminders:skill:readwrite'). */
  readonly permissions?: Readonly<Record<string, 'GRANTED' | 'DENIED'>>;
}

/** A slot as the resolver found it: the words heard and, for custom types, the value id they resolved to. */
export interface SlotFill {
  readonly value: string;
  readonly slotType?: string;
  /** The slot type value id, or undefined for ER_SUCCESS_NO_MATCH. */
  readonly id?: string;
  readonly name?: string;
  /** A built-in type Alexa converted (AMAZON.NUMBER, TIME, DATE): a known value, like a resolved one. */
  readonly builtIn?: true;
}

export const TEST_APPLICATION_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

export function launchRequest(options: EnvelopeOptions): RequestEnvelope {
  return envelope(options, { type: 'LaunchRequest', requestId: requestId(), timestamp: stamp(options), locale: options.locale });
}

export function intentRequest(options: EnvelopeOptions, name: string, slots: Readonly<Record<string, SlotFill>> = {}): RequestEnvelope {
  const intent: Intent = { name, confirmationStatus: 'NONE', slots: {} };
  for (const [slotName, fill] of Object.entries(slots)) intent.slots![slotName] = slot(options, slotName, fill);
  return envelope(options, {
    type: 'IntentRequest',
    requestId: requestId(),
    timestamp: stamp(options),
    locale: options.locale,
    dialogState: 'COMPLETED',
    intent,
  });
}

export function sessionEndedRequest(
  options: EnvelopeOptions,
  reason: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS' | 'ERROR',
): RequestEnvelope {
  return envelope(options, {
    type: 'SessionEndedRequest',
    requestId: requestId(),
    timestamp: stamp(options),
    locale: options.locale,
    reason,
    ...(reason === 'ERROR' ? { error: { type: 'INVALID_RESPONSE', message: 'simulated' } } : {}),
  });
}

/** Any request type at all, e.g. one the skill has never heard of. */
export function otherRequest(options: EnvelopeOptions, type: string, extra: Record<string, unknown> = {}): RequestEnvelope {
  return envelope(options, { type, requestId: requestId(), timestamp: stamp(options), locale: options.locale, ...extra } as never);
}

function slot(options: EnvelopeOptions, name: string, fill: SlotFill): Slot {
  const base: Slot = { name, value: fill.value, confirmationStatus: 'NONE' };
  if (!fill.slotType) return base;
  const authority = `amzn1.er-authority.echo-sdk.${options.applicationId ?? TEST_APPLICATION_ID}.${fill.slotType}`;
  return {
    ...base,
    resolutions: {
      resolutionsPerAuthority: [
        fill.id
          ? { authority, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: fill.name ?? fill.value, id: fill.id } }] }
          : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' }, values: [] },
      ],
    },
  };
}

/** Alexa's answer to a skill's Connections.SendRequest AskFor: the parent's yes, no, or silence. */
export function permissionResponse(options: EnvelopeOptions, status: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED', token: string, permissionScope: string): RequestEnvelope {
  return envelope(options, {
    type: 'Connections.Response',
    requestId: requestId(),
    timestamp: stamp(options),
    locale: options.locale,
    status: { code: '200', message: 'OK' },
    name: 'AskFor',
    payload: { permissionScope, status },
    token,
  });
}

function envelope(options: EnvelopeOptions, request: RequestEnvelope['request']): RequestEnvelope {
  const applicationId = options.applicationId ?? TEST_APPLICATION_ID;
  const scopes = Object.fromEntries(Object.entries(options.permissions ?? {}).map(([scope, status]) => [scope, { status }]));
  const granted = Object.values(options.permissions ?? {}).includes('GRANTED');
  const user = { userId: options.userId, ...(options.permissions ? { permissions: { ...(granted ? { consentToken: 'simulated-consent-token' } : {}), scopes } } : {}) };
  return {
    version: '1.0',
    ...(options.session
      ? {
          session: {
            new: options.session.isNew,
            sessionId: options.session.sessionId,
            application: { applicationId },
            user,
            attributes: options.session.attributes,
          },
        }
      : {}),
    context: {
      System: {
        application: { applicationId },
        user,
        device: {
          deviceId: 'amzn1.ask.device.SIMULATED',
          supportedInterfaces: {
            ...(options.device?.audioPlayer ? { AudioPlayer: {} } : {}),
            ...(options.device?.apl ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.2' } } } : {}),
          },
        },
        apiEndpoint: options.api?.endpoint ?? 'https://api.amazonalexa.com',
        apiAccessToken: options.api?.token ?? 'simulated-token-never-logged',
      },
      ...(options.audioPlayer ? { AudioPlayer: options.audioPlayer as never } : {}),
    },
    request,
  };
}

export const newSessionId = (): string => `amzn1.echo-api.session.${randomUUID()}`;
const requestId = (): string => `amzn1.echo-api.request.${randomUUID()}`;
const stamp = (options: EnvelopeOptions): string => (options.timestamp ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
