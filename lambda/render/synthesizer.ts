/**
 * Turns a step's SSML into audio. Polly makes the MP3s Alexa streams (at deploy time); eSpeak NG
 * makes WAVs offline for tests and local listening (tools/audio/espeak.ts). Both take the same SSML,
 * made by the same speech builder as the spoken guide.
 */
export interface Synthesizer {
  /** The file type made, and the key's extension. */
  readonly format: 'mp3' | 'wav';
  readonly contentType: string;
  /** One step's audio from its SSML parts (in order), in a voice. */
  synthesize(ssml: readonly string[], voice: string, locale: string): Promise<Buffer>;
}

/** Where rendered audio is kept: an S3 bucket, or anything with the same two calls. */
export interface ObjectStore {
  exists(key: string): Promise<boolean>;
  put(key: string, body: Buffer, contentType: string): Promise<void>;
}
