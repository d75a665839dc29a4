import type { CloudFormationCustomResourceEvent, Context } from 'aws-lambda';
import { respond } from './custom-resource';
import { renderAudio } from './render';
import { PollySynthesizer } from './polly-synthesizer';
import { S3Store } from './s3-store';

/**
 * The deploy-time renderer, as a CloudFormation custom resource: on create and update it renders
 * with Polly every step whose words changed into AUDIO_BUCKET (unchanged ones are skipped by key), so
 * a deployment never serves audio that disagrees with the spoken guide. Nothing is removed on delete:
 * the bucket is kept, and audio can be rendered again.
 */
export const handler = async (event: CloudFormationCustomResourceEvent, context: Context): Promise<void> => {
  const physicalId = 'event' in event && 'PhysicalResourceId' in event ? event.PhysicalResourceId : `play-along-audio-${event.LogicalResourceId}`;
  try {
    let data: Record<string, number> = {};
    if (event.RequestType !== 'Delete') {
      const bucket = process.env.AUDIO_BUCKET;
      if (!bucket) throw new Error('AUDIO_BUCKET is not set');
      const report = await renderAudio({
        synthesizer: new PollySynthesizer(),
        store: new S3Store({ bucket }),
        onRendered: (key, bytes) => console.log(JSON.stringify({ level: 'INFO', message: 'Rendered', key, bytes })),
      });
      console.log(JSON.stringify({ level: 'INFO', message: 'Play-along audio rendered', ...report }));
      data = { ...report };
    }
    await respond(event, context, 'SUCCESS', physicalId, data);
  } catch (error) {
    console.log(JSON.stringify({ level: 'ERROR', message: 'Rendering failed', errorMessage: (error as Error).message, errorStack: (error as Error).stack }));
    await respond(event, context, 'FAILED', physicalId, {}, (error as Error).message);
  }
};
