import { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { Context } from 'aws-lambda';
import { s3AudioSource } from './play-along/s3-source';
import { JsonLogger } from './logging/json-logger';
import { persistenceFromEnvironment } from './storage/adapters';
import { DynamoDbAdapter } from './storage/dynamodb-adapter';
import { MovingAdapter } from './storage/moving-adapter';
import { buildSkill } from './skill';

/** Structured JSON logs, one object a line (service name and level from POWERTOOLS_* variables). */
const logger = new JsonLogger();

const persistence = persistenceFromEnvironment(process.env);
// Load the AWS SDK during Lambda's init phase rather than on the first parent's request.
if (persistence instanceof DynamoDbAdapter || persistence instanceof MovingAdapter) {
  persistence.prepare().catch((error: unknown) => logger.warn('DynamoDB client not ready', { errorMessage: String(error) }));
}

/** Built once per Lambda container, at module load, and reused by every request it serves. */
const skill = buildSkill({
  persistence,
  logger,
  // The stack sets SKILL_ID: requests from any other skill are refused before a handler runs.
  skillId: process.env.SKILL_ID || undefined,
  // The stack sets AUDIO_BUCKET when play-along audio is deployed.
  audio: s3AudioSource(process.env),
});

export const handler = async (event: RequestEnvelope, context: Context): Promise<ResponseEnvelope> => {
  logger.addContext(context);
  return skill.invoke(event, context);
};
