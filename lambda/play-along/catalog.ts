import { Content } from '../content/types';
import { ROUTINES } from '../routine/routines';
import { outcomeAt } from '../routine/machine';
import { ROUTINE_IDS, RoutineId } from '../routine/types';
import { speakStep } from '../speech/step';
import { sha256Hex } from '../logging/sha256';
import { estimateTiming } from '../speech/timing';
import { SkillLocale } from '../content/locales';
import { wordsPerMinuteFor } from '../speech/rates';

/**
 * What each step of each routine sounds like as play-along audio, and where its MP3 lives. The skill
 * (to hand Alexa a URL) and the renderer (to make the MP3 at deploy time) both come here, so the
 * spoken guide and the audio are built from the same content by the same speech builder and cannot
 * disagree. An object's key holds a hash of its words and voice: changed words are a new object, and
 * unchanged ones are never rendered twice.
 */

/**
 * A neural Polly voice for each locale (en-CA has none of its own), from Polly's voice table and
 * checked against the SDK's VoiceId by test/languages.test.ts.
 */
export const VOICES: Readonly<Record<SkillLocale, string>> = {
  'en-US': 'Joanna',
  'en-CA': 'Joanna',
  'en-GB': 'Amy',
  'en-AU': 'Olivia',
  'en-IN': 'Kajal',
  'de-DE': 'Vicki',
  'es-ES': 'Lucia',
  'es-MX': 'Mia',
  'es-US': 'Lupe',
  'fr-FR': 'Lea',
  'fr-CA': 'Gabrielle',
  'it-IT': 'Bianca',
  'pt-BR': 'Camila',
  'nl-NL': 'Laura',
};

/** A first-timer's steps say more (the full safety check); everyone else's are the regular version. */
export type Variant = 'first' | 'regular';

export interface StepAudio {
  readonly locale: SkillLocale;
  readonly routineId: RoutineId;
  readonly stepId: string;
  readonly variant: Variant;
  readonly voice: string;
  /** The step as Alexa-dialect SSML, split where Polly's request limit needs it. */
  readonly ssml: readonly string[];
  /** Names the content: a new hash is new words or a new voice. */
  readonly version: string;
  readonly key: string;
  /**
   * How long the step's audio runs, as estimated from its SSML at Alexa's rate (the estimate the
   * routine lengths are held to): the bound on any offset into it.
   */
  readonly lengthMs: number;
}

/** Polly takes at most 6,000 characters of SSML a request; a step is split into parts below that. */
export const MAX_SEGMENT_CHARACTERS = 5000;

export function stepAudio(content: Content, routineId: RoutineId, stepIndex: number, variant: Variant): StepAudio {
  const cache = stepAudioCache.get(content) ?? new Map<string, StepAudio>();
  stepAudioCache.set(content, cache);
  const cacheKey = `${routineId}|${stepIndex}|${variant}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const outcome = outcomeAt(ROUTINES[routineId], stepIndex);
  const step = outcome.step;
  const whole = speakStep(content, outcome, { newParent: variant === 'first', playAlong: true }).build();
  const ssml = segments(whole);
  const voice = VOICES[content.locale];
  const version = sha256Hex(`${voice}\n${ssml.join('\n')}`).slice(0, 16);
  const lengthMs = Math.round(estimateTiming(whole, wordsPerMinuteFor(content.locale)).totalSeconds * 1000);
  const audio: StepAudio = { locale: content.locale, routineId, stepId: step.id, variant, voice, ssml, version, key: `audio/${content.locale}/${step.id}-${version}.mp3`, lengthMs };
  cache.set(cacheKey, audio);
  return audio;
}

/** Built once a container, per locale's words: a playing routine asks for the same few steps again and again. */
const stepAudioCache = new WeakMap<Content, Map<string, StepAudio>>();

/** Every step of every routine in both variants, once each (routines share most steps). */
export function allStepAudio(content: Content): StepAudio[] {
  const byKey = new Map<string, StepAudio>();
  // The massages only: a lesson is taught by voice, with the parent's turns (lessons are not played along).
  for (const routineId of ROUTINE_IDS) {
    ROUTINES[routineId].steps.forEach((_, index) => {
      for (const variant of ['first', 'regular'] as const) {
        const audio = stepAudio(content, routineId, index, variant);
        if (!byKey.has(audio.key)) byKey.set(audio.key, audio);
      }
    });
  }
  return [...byKey.values()];
}

/**
 * Splits a `<speak>` document into documents of at most MAX_SEGMENT_CHARACTERS, between sentences
 * or breaks, each keeping its enclosing prosody.
 */
export function segments(ssml: string): string[] {
  if (ssml.length <= MAX_SEGMENT_CHARACTERS) return [ssml];
  const prosody = /^<speak>(<prosody[^>]*>)([\s\S]*)<\/prosody><\/speak>$/.exec(ssml);
  if (!prosody) throw new Error('A long step must be one prosody block');
  const [, open, inner] = prosody;
  const pieces = inner.match(/<s>[\s\S]*?<\/s>|<break[^>]*\/>/g) ?? [];
  const out: string[] = [];
  let current = '';
  const wrap = (body: string) => `<speak>${open}${body}</prosody></speak>`;
  for (const piece of pieces) {
    if (wrap(current + piece).length > MAX_SEGMENT_CHARACTERS && current) {
      out.push(wrap(current));
      current = '';
    }
    current += piece;
  }
  if (current) out.push(wrap(current));
  return out;
}
