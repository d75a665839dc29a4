import { Logger } from '@aws-lambda-powertools/logger';
import { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { Context } from 'aws-lambda';
import { SkillLogger } from './logger';
import { persistenceFromEnvironment } from './persistence';
import { DynamoDbAdapter } from './persistence/dynamodb-adapter';
import { buildSkill } from './skill';

/** Structured JSON logs (service name and level from POWERTOOLS_* environment variables). */
const powertools = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'baby-massage' });
const logger: SkillLogger = {
  info: (message, attributes) => powertools.info(message, attributes ?? {}),
  warn: (message, attributes) => powertools.warn(message, attributes ?? {}),
  error: (message, attributes) => powertools.error(message, attributes ?? {}),
};

const persistence = persistenceFromEnvironment(process.env);
// Load the AWS SDK during Lambda's init phase rather than on the first parent's request.
if (persistence instanceof DynamoDbAdapter) {
  persistence.prepare().catch((error: unknown) => logger.warn('DynamoDB client not ready', { error: String(error) }));
}

/** Built once per Lambda container, at module load, and reused by every request it serves. */
const skill = buildSkill({
  persistence,
  logger,
  // The stack sets SKILL_ID: requests from any other skill are refused before a handler runs.
  skillId: process.env.SKILL_ID || undefined,
});

export const handler = async (event: RequestEnvelope, context: Context): Promise<ResponseEnvelope> => {
  powertools.addContext(context);
  return skill.invoke(event, context);
};
