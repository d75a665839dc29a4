import { ResponseEnvelope, RequestEnvelope } from 'ask-sdk-model';
import { check } from 'ssml-check-core';
import { contentFor } from '../../lambda/content';
import { stepAudio } from '../../lambda/play-along/catalog';
import { AudioToken, readToken } from '../../lambda/play-along/play';
import { MAX_STEP_AUDIO_MS } from '../../lambda/routine/types';
import { MAX_SSML_CHARACTERS } from '../../lambda/speech/ssml';
import { hasSession, maySpeak } from '../../lambda/alexa/request';

/** Alexa's limit on a whole response. */
export const MAX_RESPONSE_BYTES = 24 * 1024;

/** Alexa's limits on a Play directive's stream token and URL. */
const MAX_TOKEN_CHARACTERS = 1024;
const MAX_URL_CHARACTERS = 8000;

/**
 * Requests about the audio: Alexa accepts only AudioPlayer directives in reply, never speech, a
 * reprompt, a card or a screen. Checked here by type, not through the skill's own maySpeak, so a
 * mistake in that list cannot hide itself.
 */
const AUDIO_REQUEST = /^(AudioPlayer|PlaybackController)\./;

/**
 * The first millisecond past which no Play may start in this token's step: the step's audio length
 * (catalog.ts estimates it from the step's words), and never past the skill's stated cap on any step's
 * audio, MAX_STEP_AUDIO_MS (30 minutes). One small function so the bound is easy to change when the
 * lambda code states another.
 */
export function maxOffsetFor(token: AudioToken, locale: unknown): number {
  const audio = stepAudio(contentFor(typeof locale === 'string' ? locale : undefined), token.routineId, token.stepIndex, token.variant);
  return Math.min(audio.lengthMs, MAX_STEP_AUDIO_MS);
}

/**
 * Everything wrong with a reply for the request it answers, as Alexa would judge it: size, SSML,
 * speech where the request type allows none (AudioPlayer and PlaybackController requests), an open
 * session where there is none, a screen for a device without one, and any Play directive whose token
 * is not the skill's current audio or whose offset is outside its step. Empty when valid.
 */
export async function problemsWith(envelope: RequestEnvelope, reply: ResponseEnvelope): Promise<string[]> {
  const problems: string[] = [];
  const bytes = Buffer.byteLength(JSON.stringify(reply));
  if (bytes > MAX_RESPONSE_BYTES) problems.push(`response is ${bytes} bytes`);
  const response = reply.response ?? {};
  const speaking = maySpeak(envelope);
  const type = String(envelope.request?.type);
  if (AUDIO_REQUEST.test(type)) {
    for (const key of ['outputSpeech', 'reprompt', 'card'] as const) if (response[key] !== undefined) problems.push(`${key} in reply to ${type}`);
    for (const directive of response.directives ?? []) if (!directive.type.startsWith('AudioPlayer.')) problems.push(`${directive.type} in reply to ${type}`);
  }
  if (!speaking) {
    for (const key of ['outputSpeech', 'reprompt', 'card'] as const) if (response[key] !== undefined) problems.push(`${key} in reply to ${envelope.request?.type}`);
    if (response.shouldEndSession !== undefined) problems.push(`shouldEndSession in reply to ${envelope.request?.type}`);
  }
  if (!hasSession(envelope) && (response.reprompt !== undefined || response.shouldEndSession === false)) problems.push('open session without a session');
  for (const speech of [response.outputSpeech, response.reprompt?.outputSpeech]) {
    if (!speech) continue;
    if (speech.type !== 'SSML') {
      problems.push(`speech of type ${speech.type}`);
      continue;
    }
    if (speech.ssml.length > MAX_SSML_CHARACTERS) problems.push(`SSML of ${speech.ssml.length} characters`);
    const invalid = await check(speech.ssml, { platform: 'amazon' });
    if (invalid) problems.push(`invalid SSML: ${JSON.stringify(invalid).slice(0, 300)}`);
  }
  const supported = (envelope.context?.System?.device?.supportedInterfaces ?? {}) as Record<string, unknown>;
  for (const directive of response.directives ?? []) {
    if (directive.type.startsWith('Alexa.Presentation.APL') && !supported['Alexa.Presentation.APL']) problems.push(`${directive.type} for a device without a screen`);
    if (directive.type !== 'AudioPlayer.Play') continue;
    // Alexa sends AudioPlayer and PlaybackController requests only from devices that play audio.
    const playsAudio = supported.AudioPlayer !== undefined || /^(AudioPlayer|PlaybackController)\./.test(String(envelope.request?.type));
    if (!playsAudio) problems.push('AudioPlayer.Play for a device without AudioPlayer');
    problems.push(...playProblems(envelope, directive.playBehavior, directive.audioItem?.stream));
    problems.push(...streamProblems(directive.audioItem?.stream));
  }
  return problems;
}

/** A Play directive must name this release's audio for a real step, from a millisecond inside that step. */
function playProblems(envelope: RequestEnvelope, behavior: string | undefined, stream: { token?: string; offsetInMilliseconds?: number; expectedPreviousToken?: string } | undefined): string[] {
  const token = readToken(stream?.token);
  if (!token || token.moved) return [`Play with a token that is not ours: ${String(stream?.token).slice(0, 80)}`];
  const locale = (envelope.request as { locale?: unknown }).locale;
  const audio = stepAudio(contentFor(typeof locale === 'string' ? locale : undefined), token.routineId, token.stepIndex, token.variant);
  const problems: string[] = [];
  if (audio.version !== token.version) problems.push(`Play with audio of another version: ${stream?.token}`);
  const offset = stream?.offsetInMilliseconds;
  const max = maxOffsetFor(token, locale);
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0 || offset >= max) problems.push(`Play offset ${offset} outside its step (${max} ms)`);
  if (behavior === 'ENQUEUE') {
    // Alexa queues only after the stream it is playing: the token it reported with the request.
    const request = envelope.request as { token?: unknown };
    const reported = request.token ?? envelope.context?.AudioPlayer?.token;
    if (!stream?.expectedPreviousToken) problems.push('ENQUEUE without expectedPreviousToken');
    else if (stream.expectedPreviousToken !== reported) problems.push(`ENQUEUE after ${stream.expectedPreviousToken.slice(0, 80)}, not the reported ${String(reported).slice(0, 80)}`);
  }
  return problems;
}

/** A stream Alexa can fetch: an HTTPS URL and a token within Alexa's lengths. */
function streamProblems(stream: { url?: string; token?: string } | undefined): string[] {
  const problems: string[] = [];
  if (typeof stream?.url !== 'string' || !stream.url.startsWith('https://') || stream.url.length > MAX_URL_CHARACTERS) problems.push(`Play URL ${String(stream?.url).slice(0, 80)}`);
  if (typeof stream?.token !== 'string' || stream.token.length > MAX_TOKEN_CHARACTERS) problems.push(`Play token of ${String(stream?.token).length} characters`);
  return problems;
}
