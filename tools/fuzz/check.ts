import { ResponseEnvelope, RequestEnvelope } from 'ask-sdk-model';
import { check } from 'ssml-check-core';
import { MAX_SSML_CHARACTERS } from '../../lambda/speech/ssml';
import { hasSession, maySpeak } from '../../lambda/alexa/request';

/** Alexa's limit on a whole response. */
export const MAX_RESPONSE_BYTES = 24 * 1024;

/**
 * Everything wrong with a reply for the request it answers, as Alexa would judge it: size, SSML,
 * speech where the request type allows none, an open session where there is none. Empty when valid.
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
  return problems;
}
