import { HandlerInput } from 'ask-sdk-core';
import { RequestEnvelope } from 'ask-sdk-model';

/**
 * Request types whose reply may speak. Alexa rejects speech, a reprompt or an open session in the
 * reply to its lifecycle and system requests (AudioPlayer.*, PlaybackController.*,
 * System.ExceptionEncountered, SessionEndedRequest, CanFulfillIntentRequest...), so anything not
 * listed here gets an empty reply (or, for CanFulfillIntentRequest, only its answer).
 */
const SPEAKING_REQUESTS = new Set(['LaunchRequest', 'IntentRequest', 'Alexa.Presentation.APL.UserEvent', 'Connections.Response']);

export function maySpeak(envelope: RequestEnvelope): boolean {
  return SPEAKING_REQUESTS.has(envelope?.request?.type);
}

/** A reply may keep the microphone open only inside a session. */
export function hasSession(envelope: RequestEnvelope): boolean {
  return envelope?.session !== undefined && envelope.session !== null;
}

/** The action a touch names (the first argument of the document's SendEvent). */
export function touchAction(input: HandlerInput): unknown {
  const request = input.requestEnvelope.request as { arguments?: unknown[] };
  return request.arguments?.[0];
}
