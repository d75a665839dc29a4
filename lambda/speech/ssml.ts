import { Line, isPause } from '../content/types';
import { PACE_LIMITS } from '../routine/pace';

/** Alexa's limits on one reply's SSML. */
export const MAX_SSML_CHARACTERS = 8000;
export const MAX_BREAK_SECONDS = 10;

/** How the guide's calm voice is delivered for one parent and routine. */
export interface Voice {
  /** Percent of Alexa's normal rate, kept within `PACE_LIMITS.rate`. */
  readonly rate?: number;
  /** Softer, for a bedtime wind-down. */
  readonly soft?: boolean;
  /** Multiplies every guided pause (longer or shorter practice). */
  readonly pauseScale?: number;
}

export class SpeechTooLongError extends Error {
  constructor(readonly length: number) {
    super(`SSML is ${length} characters; Alexa accepts at most ${MAX_SSML_CHARACTERS}`);
    this.name = 'SpeechTooLongError';
  }
}

/**
 * Builds one response's SSML. It owns escaping, pacing and Alexa's limits so that no handler or
 * content file ever writes a tag: content hands over lines, this turns them into speech.
 *
 * - `calm(lines)`: the guide's voice. Slowed with `<prosody rate>`, one `<s>` per line, pauses as breaks.
 * - `say(text)`: ordinary speech at the normal rate (menus, confirmations).
 * - `sound(src)`: a soft clip from Alexa's sound library, e.g. to mark a new body part.
 */
export class SpeechBuilder {
  private readonly fragments: string[] = [];

  say(...texts: readonly string[]): this {
    for (const text of texts) {
      if (text.trim()) this.fragments.push(sentence(text));
    }
    return this;
  }

  calm(lines: readonly Line[], voice: Voice = {}): this {
    const scale = voice.pauseScale ?? 1;
    const inner = lines.map((line) => (isPause(line) ? breaks(line.pause * scale) : sentence(line))).filter(Boolean);
    if (inner.length === 0) return this;
    const { min, max, calm } = PACE_LIMITS.rate;
    const rate = Math.min(max, Math.max(min, Math.round(voice.rate ?? calm)));
    const volume = voice.soft ? ' volume="soft"' : '';
    this.fragments.push(`<prosody rate="${rate}%"${volume}>${inner.join('')}</prosody>`);
    return this;
  }

  pause(seconds: number): this {
    this.fragments.push(breaks(seconds));
    return this;
  }

  sound(src: string): this {
    this.fragments.push(`<audio src="${escapeXmlCharacters(src)}"/>`);
    return this;
  }

  /** The finished `<speak>` document; throws rather than hand Alexa a response it would reject. */
  build(): string {
    const ssml = `<speak>${this.fragments.join('')}</speak>`;
    if (ssml.length > MAX_SSML_CHARACTERS) throw new SpeechTooLongError(ssml.length);
    return ssml;
  }
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return trimmed ? `<s>${escapeXmlCharacters(trimmed)}</s>` : '';
}

/** A pause of any length as Alexa allows it: chained breaks of at most ten seconds each. */
function breaks(seconds: number): string {
  if (!(seconds > 0)) return '';
  const tags: string[] = [];
  // Whole tenths of a second: enough precision for a pause, and short tags.
  let left = Math.round(seconds * 10) * 100;
  while (left > 0) {
    const chunk = Math.min(left, MAX_BREAK_SECONDS * 1000);
    tags.push(chunk % 1000 === 0 ? `<break time="${chunk / 1000}s"/>` : `<break time="${chunk}ms"/>`);
    left -= chunk;
  }
  return tags.join('');
}

const XML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text as SSML character data or an attribute value (the same escapes as ask-sdk-core's escapeXmlCharacters). */
function escapeXmlCharacters(text: string): string {
  return text.replace(/[&<>"']/g, (character) => XML_ENTITIES[character]);
}
