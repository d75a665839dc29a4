import type { HandlerInput } from 'ask-sdk-core';
import { services } from 'ask-sdk-model';

type ApiClient = services.ApiClient;
type ApiClientRequest = services.ApiClientRequest;
type ApiClientResponse = services.ApiClientResponse;

/** The longest an Alexa API call (Reminders, Settings) may take: a parent is waiting for an answer. */
export const ALEXA_API_TIMEOUT_MS = 2500;

/** An Alexa API call that did not answer in time. */
export class AlexaApiTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`The Alexa API did not answer within ${timeoutMs} ms`);
    this.name = 'AlexaApiTimeoutError';
  }
}

/**
 * The SDK's service clients (Reminders, Settings) call Alexa's APIs through this, over HTTPS (or HTTP,
 * for a test server on 127.0.0.1), with a deadline the SDK's DefaultApiClient does not have. The skill
 * is built without an API client (ask-sdk-core would then load every service client on every request):
 * the companion makes its own, per request, with `alexaApis`.
 */
export class TimedApiClient implements ApiClient {
  constructor(private readonly timeoutMs: number = ALEXA_API_TIMEOUT_MS) {}

  invoke(request: ApiClientRequest): Promise<ApiClientResponse> {
    const url = new URL(request.url);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on the first API call, never on a cold start
    const transport = (url.protocol === 'http:' ? require('http') : require('https')) as typeof import('https');
    const headers: Record<string, string> = {};
    for (const { key, value } of request.headers ?? []) headers[key] = value;
    if (request.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(request.body));
    return new Promise((resolve, reject) => {
      const call = transport.request(url, { method: request.method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          resolve({
            statusCode: response.statusCode ?? 0,
            headers: Object.entries(response.headers).map(([key, value]) => ({ key, value: Array.isArray(value) ? value.join(', ') : String(value ?? '') })),
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
        response.on('error', reject);
      });
      call.setTimeout(this.timeoutMs, () => call.destroy(new AlexaApiTimeoutError(this.timeoutMs)));
      call.on('error', reject);
      if (request.body !== undefined) call.write(request.body);
      call.end();
    });
  }
}

/**
 * The SDK's service clients (Reminders, the Settings API's time zone) for this request: the envelope's
 * `apiEndpoint` and `apiAccessToken`, as on an Echo, through the timed client. None when the request
 * carries no token (an AudioPlayer request from an old device, a test that leaves them out).
 */
export function alexaApis(input: HandlerInput): services.ServiceClientFactory | undefined {
  const system = input.requestEnvelope.context?.System;
  if (!system?.apiEndpoint || !system.apiAccessToken) return undefined;
  return new services.ServiceClientFactory({ apiClient: new TimedApiClient(), apiEndpoint: system.apiEndpoint, authorizationValue: system.apiAccessToken });
}
