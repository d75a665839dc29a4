/**
 * Bounds on what a log line may carry. A field taken from a request is typed and cut to a few hundred
 * characters where it is logged (`boundedText`); the JSON logger cuts anything else that is long and
 * keeps every line under MAX_LINE_BYTES, so a line is never split by the log pipeline, where its JSON
 * would break and the metric filters would miss it.
 */

/** A field that comes from a request (an error message Alexa reports, an intent name). */
export const MAX_FIELD_CHARACTERS = 300;

/** Any string value of a line (a stack trace is the longest the skill writes itself). */
export const MAX_STRING_CHARACTERS = 2000;

/** A whole line, newline included. CloudWatch takes 256 KB; log shippers often cut at 8 or 16 KB. */
export const MAX_LINE_BYTES = 8 * 1024;

/** A request's value as text for a log line: strings cut, numbers and booleans as they are, anything else named by its type. */
export function boundedText(value: unknown, max = MAX_FIELD_CHARACTERS): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : `(${Array.isArray(value) ? 'array' : typeof value})`;
  return cut(text, max);
}

/** A value with every string cut, arrays and objects shortened and nesting bounded: what the logger writes. */
export function boundedValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return cut(value, MAX_STRING_CHARACTERS);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= 3) return '(nested too deep)';
  if (Array.isArray(value)) return value.slice(0, 20).map((item) => boundedValue(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value).slice(0, 40)) out[cut(key, 100)] = boundedValue(item, depth + 1);
  return out;
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}... (${text.length} characters)` : text;
}
