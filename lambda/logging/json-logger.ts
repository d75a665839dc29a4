import { Context } from 'aws-lambda';
import { writeSync } from 'fs';
import { MAX_LINE_BYTES, boundedValue } from './fields';
import { SkillLogger } from './logger';

type Level = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
const RANK: Readonly<Record<Level, number>> = { DEBUG: 0, INFO: 1, WARN: 2, ERROR: 3 };

/**
 * One JSON object a line on stdout, which CloudWatch Logs stores as it is and metric filters can
 * match by key: level, message, timestamp, service, the invocation's request id and cold-start flag,
 * the X-Ray trace, then the caller's structured keys. It keeps the shape and the environment variables
 * of AWS Lambda Powertools' logger (POWERTOOLS_SERVICE_NAME, POWERTOOLS_LOG_LEVEL) for the little this
 * skill needs, without loading Powertools on every cold start.
 */
export class JsonLogger implements SkillLogger {
  private readonly minimum: number;
  private readonly service: string;
  private invocation: Record<string, unknown> = {};
  private coldStart = true;

  constructor(
    env: NodeJS.ProcessEnv = process.env,
    private readonly write: (line: string) => void = writeStdout,
  ) {
    const level = (env.POWERTOOLS_LOG_LEVEL ?? env.LOG_LEVEL ?? 'INFO').toUpperCase() as Level;
    this.minimum = RANK[level] ?? RANK.INFO;
    this.service = env.POWERTOOLS_SERVICE_NAME ?? 'baby-massage';
  }

  /** The invocation every following line belongs to. */
  addContext(context: Context | undefined): void {
    this.invocation = {
      cold_start: this.coldStart,
      function_name: context?.functionName,
      function_request_id: context?.awsRequestId,
      xray_trace_id: process.env._X_AMZN_TRACE_ID,
    };
    this.coldStart = false;
  }

  info(message: string, attributes?: Record<string, unknown>): void {
    this.log('INFO', message, attributes);
  }

  warn(message: string, attributes?: Record<string, unknown>): void {
    this.log('WARN', message, attributes);
  }

  error(message: string, attributes?: Record<string, unknown>): void {
    this.log('ERROR', message, attributes);
  }

  private log(level: Level, message: string, attributes: Record<string, unknown> = {}): void {
    if (RANK[level] < this.minimum) return;
    // The caller's keys cannot replace the line's own: a `message` attribute is not the message.
    const own = { level, message: boundedValue(message), timestamp: new Date().toISOString(), service: this.service, ...this.invocation };
    // An embedded-metric-format block (logging/metrics.ts) is the skill's own, bounded by construction: kept whole.
    const emf = attributes._aws === undefined ? {} : { _aws: attributes._aws };
    let text = JSON.stringify({ ...own, ...(boundedValue(attributes) as Record<string, unknown>), ...emf, ...own });
    // Still too long (many long fields): the line's own keys and the names of the rest, never a cut line.
    if (Buffer.byteLength(text) + 1 > MAX_LINE_BYTES) text = JSON.stringify({ ...own, cut: true, keys: Object.keys(attributes).slice(0, 40).map((key) => key.slice(0, 100)) });
    this.write(`${text}\n`);
  }
}

/**
 * Writes straight to file descriptor 1. `process.stdout` is a stream that Node builds on first use,
 * loading its stream modules, which cost about 3 ms of a cold start here; Lambda reads fd 1 either way.
 * Should the descriptor refuse (a full non-blocking pipe), the rest goes through the stream. Never throws.
 */
export function writeStdout(line: string): void {
  const bytes = Buffer.from(line);
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(1, bytes, written);
  } catch {
    process.stdout.write(bytes.subarray(written));
  }
}
