import * as path from 'path';
import { PersistenceAdapter } from 'ask-sdk-core';
import { DynamoDbAdapter } from './dynamodb-adapter';
import { FileAdapter } from './file-adapter';
import { MovingAdapter } from './moving-adapter';

/**
 * Where the local adapter keeps state when SKILL_STATE_FILE is unset: writable everywhere, Lambda
 * included. A function, so that a process given SKILL_STATE_FILE never loads node:os.
 */
export function defaultStateFile(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- node:os only when SKILL_STATE_FILE is unset: a cold start with it set never loads it
  const { tmpdir } = require('os') as typeof import('os');
  return path.join(tmpdir(), 'baby-massage', 'skill-state.json');
}

/**
 * Chooses the store from the environment: DynamoDB when TABLE_NAME is set (as the CDK stack does;
 * DYNAMODB_ENDPOINT points it at a local server), otherwise a local JSON file at SKILL_STATE_FILE.
 * FORMER_TABLE_NAME and FORMER_TABLE_REGION (the EU and FE stacks set them) name the table a parent's
 * item may still be in, from before the region had its own: it is moved on first read.
 */
export function persistenceFromEnvironment(env: NodeJS.ProcessEnv = process.env): PersistenceAdapter {
  if (env.TABLE_NAME) {
    const endpoint = env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT } : {};
    const here = new DynamoDbAdapter({ tableName: env.TABLE_NAME, ...endpoint });
    if (!env.FORMER_TABLE_NAME) return here;
    const former = new DynamoDbAdapter({ tableName: env.FORMER_TABLE_NAME, ...(env.FORMER_TABLE_REGION ? { region: env.FORMER_TABLE_REGION } : {}), ...endpoint });
    return new MovingAdapter(here, former);
  }
  return new FileAdapter(env.SKILL_STATE_FILE || defaultStateFile());
}
