import type { PollyClient } from '@aws-sdk/client-polly';
import { Synthesizer } from './synthesizer';

/**
 * Amazon Polly's neural voices, MP3 at 24 kHz. Each SSML part is one request (at most 3,000 billed
 * characters and 6,000 in all: audio/catalog.ts splits steps below that); MP3 frames are
 * self-contained, so the parts' audio is simply joined.
 */
export class PollySynthesizer implements Synthesizer {
  readonly format = 'mp3' as const;
  readonly contentType = 'audio/mpeg';
  private client: PollyClient | undefined;

  async synthesize(ssml: readonly string[], voice: string): Promise<Buffer> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on the first synthesis, not at the renderer's cold start
    const polly = require('@aws-sdk/client-polly') as typeof import('@aws-sdk/client-polly');
    this.client ??= new polly.PollyClient({});
    const parts: Buffer[] = [];
    for (const text of ssml) {
      const result = await this.client.send(
        new polly.SynthesizeSpeechCommand({ Engine: 'neural', OutputFormat: 'mp3', SampleRate: '24000', TextType: 'ssml', Text: text, VoiceId: voice as never }),
      );
      if (!result.AudioStream) throw new Error('Polly returned no audio');
      parts.push(Buffer.from(await result.AudioStream.transformToByteArray()));
    }
    return Buffer.concat(parts);
  }
}
