import { PersistenceAdapter } from 'ask-sdk-core';
import { RequestEnvelope } from 'ask-sdk-model';

export interface MemoryStore extends PersistenceAdapter {
  readonly calls: { get: number; save: number };
  readonly items: Map<string, Record<string, unknown>>;
  /** While on, every call fails as a database that does not answer would. */
  fail(on: boolean): void;
}

/** An in-memory store that counts calls and can be told to fail. */
export function memoryStore(): MemoryStore {
  const items = new Map<string, Record<string, unknown>>();
  const calls = { get: 0, save: 0 };
  let failing = false;
  const userOf = (envelope: RequestEnvelope) => envelope.context.System.user.userId;
  return {
    calls,
    items,
    fail: (on) => {
      failing = on;
    },
    async getAttributes(envelope) {
      calls.get++;
      if (failing) throw new Error('connect ECONNREFUSED 127.0.0.1:1');
      return structuredClone(items.get(userOf(envelope)) ?? {});
    },
    async saveAttributes(envelope, attributes) {
      calls.save++;
      if (failing) throw new Error('connect ECONNREFUSED 127.0.0.1:1');
      items.set(userOf(envelope), structuredClone(attributes));
    },
  };
}
