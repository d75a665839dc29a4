import { ResponseEnvelope, RequestEnvelope } from 'ask-sdk-model';
import { check } from 'ssml-check-core';
import { contentFor } from '../../lambda/content';
import { stepAudio } from '../../lambda/play-along/catalog';
import { readToken } from '../../lambda/play-along/play';
import { MAX_SSML_CHARACTERS } from '../../lambda/speech/ssml';
import { hasSession, maySpeak } from '../../lambda/alexa/request';

/** Alexa's limit on a whole response. */
export const MAX_RESPONSE_BYTES = 24 * 1024;

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
  }
  return problems;
}

/** A Play directive must name this release's audio for a real step, from a second inside that step. */
function playProblems(envelope: RequestEnvelope, behavior: string | undefined, stream: { token?: string; offsetInMilliseconds?: number; expectedPreviousToken?: string } | undefined): string[] {
  const token = readToken(stream?.token);
  if (!token || token.moved) return [`Play with a token that is not ours: ${String(stream?.token).slice(0, 80)}`];
  const locale = (envelope.request as { locale?: unknown }).locale;
  const audio = stepAudio(contentFor(typeof locale === 'string' ? locale : undefined), token.routineId, token.stepIndex, token.variant);
  const problems: string[] = [];
  if (audio.version !== token.version) problems.push(`Play with audio of another version: ${stream?.token}`);
  const offset = stream?.offsetInMilliseconds;
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0 || offset >= audio.lengthMs) problems.push(`Play offset ${offset} outside its step (${audio.lengthMs} ms)`);
  if (behavior === 'ENQUEUE' && !stream?.expectedPreviousToken) problems.push('ENQUEUE without expectedPreviousToken');
  return problems;
}
