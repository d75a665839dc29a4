import { randomUUID } from 'crypto';
import { IncomingMessage, Server, ServerResponse, createServer } from 'http';
import { AddressInfo } from 'net';

/**
 * A stand-in for the Alexa APIs the companion calls, on 127.0.0.1, answering as the documented
 * Reminders API (POST, GET and DELETE /v1/alerts/reminders) and Settings API (GET
 * /v2/devices/{deviceId}/settings/System.timeZone) do: a bearer token on every call, the reminder
 * request's shape checked, JSON back. The tests and `npm start` point a request's `apiEndpoint` here,
 * as an Echo's points at api.amazonalexa.com. `mode` makes it fail the ways the real one can.
 */
export type ApiMode =
  /** Everything works. */
  | 'ok'
  /** 401: the token does not carry the reminders permission. */
  | 'unauthorized'
  /** 403 DEVICE_NOT_SUPPORTED: a device without reminders. */
  | 'device-not-supported'
  /** 403 MAX_REMINDERS_EXCEEDED. */
  | 'too-many'
  /** 500 on every Reminders call. */
  | 'error'
  /** Never answers (the client's deadline must end the wait). */
  | 'hang';

export interface StoredReminder {
  readonly alertToken: string;
  readonly request: Record<string, unknown>;
}

export interface AlexaApiServer {
  readonly endpoint: string;
  readonly token: string;
  readonly reminders: StoredReminder[];
  /** Every call received: method and path. */
  readonly calls: string[];
  mode: ApiMode;
  timeZone: string | null;
  close(): Promise<void>;
}

const REMINDERS = '/v1/alerts/reminders';
const TIME_ZONE = /^\/v2\/devices\/([^/]+)\/settings\/System\.timeZone$/;

export async function startAlexaApi(options: { timeZone?: string | null; token?: string } = {}): Promise<AlexaApiServer> {
  const token = options.token ?? 'simulated-token-never-logged';
  const held: ServerResponse[] = [];
  const state = {
    reminders: [] as StoredReminder[],
    calls: [] as string[],
    mode: 'ok' as ApiMode,
    timeZone: options.timeZone === undefined ? 'Europe/London' : options.timeZone,
  };
  const server: Server = createServer((request, response) => {
    void handle(request, response);
  });
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    state.calls.push(`${request.method} ${url.pathname}`);
    const send = (status: number, payload?: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(payload === undefined ? '' : JSON.stringify(payload));
    };
    if (request.headers.authorization !== `Bearer ${token}`) return send(401, { code: 'UNAUTHORIZED', message: 'Invalid or missing bearer token' });

    const zone = TIME_ZONE.exec(url.pathname);
    if (zone && request.method === 'GET') return state.timeZone === null ? send(204) : send(200, state.timeZone);
    if (!url.pathname.startsWith(REMINDERS)) return send(404, { code: 'NOT_FOUND', message: 'No such resource' });

    switch (state.mode) {
      case 'hang':
        held.push(response);
        return;
      case 'unauthorized':
        return send(401, { code: 'UNAUTHORIZED', message: 'The user has not granted the reminders permission' });
      case 'device-not-supported':
        return send(403, { code: 'DEVICE_NOT_SUPPORTED', message: 'The device does not support reminders' });
      case 'too-many':
        return send(403, { code: 'MAX_REMINDERS_EXCEEDED', message: 'Too many reminders' });
      case 'error':
        return send(500, { code: 'INTERNAL_SERVER_ERROR', message: 'Internal Server Error' });
    }

    if (request.method === 'POST' && url.pathname === REMINDERS) {
      const problem = invalidReminder(body);
      if (problem) return send(400, { code: 'INVALID_ALERT_INFO', message: problem });
      const alertToken = randomUUID();
      const now = new Date().toISOString();
      state.reminders.push({ alertToken, request: body as Record<string, unknown> });
      return send(201, { alertToken, createdTime: now, updatedTime: now, status: 'ON', version: '1', href: `${REMINDERS}/${alertToken}` });
    }
    if (request.method === 'GET' && url.pathname === REMINDERS) {
      const alerts = state.reminders.map(({ alertToken, request: sent }) => ({ alertToken, status: 'ON', version: '1', ...sent }));
      return send(200, { totalCount: String(alerts.length), alerts, links: null });
    }
    const one = new RegExp(`^${REMINDERS}/([^/]+)$`).exec(url.pathname);
    if (request.method === 'DELETE' && one) {
      const index = state.reminders.findIndex((r) => r.alertToken === one[1]);
      if (index < 0) return send(404, { code: 'NOT_FOUND', message: 'No such reminder' });
      state.reminders.splice(index, 1);
      return send(200);
    }
    return send(405, { code: 'METHOD_NOT_ALLOWED', message: 'Not supported' });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    endpoint: `http://127.0.0.1:${port}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of held) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** What the Reminders API would refuse in a create request, as far as this skill's requests go. */
function invalidReminder(body: unknown): string | undefined {
  const request = body as {
    requestTime?: unknown;
    trigger?: { type?: unknown; timeZoneId?: unknown; scheduledTime?: unknown; recurrence?: { startDateTime?: unknown; recurrenceRules?: unknown } };
    alertInfo?: { spokenInfo?: { content?: { locale?: unknown; text?: unknown }[] } };
    pushNotification?: { status?: unknown };
  };
  if (typeof request?.requestTime !== 'string') return 'requestTime is required';
  const trigger = request.trigger;
  if (trigger?.type !== 'SCHEDULED_ABSOLUTE' && trigger?.type !== 'SCHEDULED_RELATIVE') return 'trigger.type is invalid';
  if (trigger.timeZoneId !== undefined && typeof trigger.timeZoneId !== 'string') return 'trigger.timeZoneId is invalid';
  const rules = trigger.recurrence?.recurrenceRules;
  if (trigger.recurrence && (!Array.isArray(rules) || !rules.every((r) => typeof r === 'string' && /^FREQ=(DAILY|WEEKLY)/.test(r)))) return 'recurrenceRules are invalid';
  if (trigger.recurrence && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?$/.test(String(trigger.recurrence.startDateTime))) return 'startDateTime is invalid';
  const content = request.alertInfo?.spokenInfo?.content;
  if (!Array.isArray(content) || content.length === 0 || !content.every((c) => typeof c.locale === 'string' && typeof c.text === 'string' && c.text.length > 0)) return 'alertInfo.spokenInfo.content is required';
  if (request.pushNotification && !['ENABLED', 'DISABLED'].includes(String(request.pushNotification.status))) return 'pushNotification.status is invalid';
  return undefined;
}

function readBody(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text ? JSON.parse(text) : undefined);
      } catch {
        resolve(undefined);
      }
    });
  });
}
