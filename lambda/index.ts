import { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { Context } from 'aws-lambda';
import { persistenceFromEnvironment } from './persistence';
import { buildSkill } from './skill';

/** Built once per Lambda container, at module load, and reused by every request it serves. */
const skill = buildSkill({
  persistence: persistenceFromEnvironment(process.env),
  skillId: process.env.SKILL_ID || undefined,
});

export const handler = async (event: RequestEnvelope, context: Context): Promise<ResponseEnvelope> =>
  skill.invoke(event, context);
