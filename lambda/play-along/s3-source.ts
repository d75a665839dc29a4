import { AudioSource } from './play';
import { playAlong } from '../lazy';

/** How long a presigned URL lives: Alexa fetches a step when it is about to play it. */
const URL_SECONDS = 3600;

/**
 * Play-along audio from the private S3 bucket the stack renders it into (AUDIO_BUCKET), by URLs
 * presigned with the function's own credentials (which may only read that bucket's audio).
 */
export function s3AudioSource(env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): AudioSource | undefined {
  const bucket = env.AUDIO_BUCKET;
  if (!bucket) return undefined;
  return {
    urlFor(key) {
      const accessKeyId = env.AWS_ACCESS_KEY_ID;
      const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
      if (!accessKeyId || !secretAccessKey) throw new Error('No credentials to presign play-along audio');
      // Presigning is play-along's own code: loaded with it, on the first URL, never on a cold launch.
      return playAlong().presignGetObject({
        bucket,
        key,
        region: env.AWS_REGION ?? 'us-east-1',
        credentials: { accessKeyId, secretAccessKey, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) },
        expiresSeconds: URL_SECONDS,
        now: now(),
        ...(env.AUDIO_ENDPOINT ? { endpoint: env.AUDIO_ENDPOINT } : {}),
      });
    },
  };
}
