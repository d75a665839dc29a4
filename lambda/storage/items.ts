import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

/**
 * One parent's stored item: the skill's attributes, and how many times the item was written. A write
 * names the version it read and succeeds only if nobody wrote since (optimistic concurrency), so two
 * requests for one parent at once never silently lose one's change.
 */
export interface StoredItem {
  readonly attributes: Record<string, unknown>;
  /** Writes so far: 0 for no item, or an item written before items had versions. */
  readonly version: number;
}

/**
 * A persistence adapter that can write conditionally: the SDK's three calls (so it still plugs into
 * `withPersistenceAdapter`), and two more that carry the item's version and a deadline. The DynamoDB
 * and file adapters are both; attributes on the item that the skill does not own (a `ttl` an operator
 * added) are kept by every write.
 */
export interface VersionedAdapter extends PersistenceAdapter {
  readItem(envelope: RequestEnvelope, timeoutMs: number): Promise<StoredItem>;
  /** Writes `attributes` if the item is still at `version`; false if another request wrote first. */
  writeItem(envelope: RequestEnvelope, attributes: Record<string, unknown>, version: number, timeoutMs: number): Promise<boolean>;
  deleteItem(envelope: RequestEnvelope, timeoutMs: number): Promise<void>;
}

/** A storage call ran out of the time the request had left for it. */
export class StorageTimeoutError extends Error {
  constructor(readonly operation: string, readonly timeoutMs: number) {
    super(`${operation} did not answer within ${timeoutMs} ms`);
    this.name = 'StorageTimeoutError';
  }
}

export function isVersioned(adapter: PersistenceAdapter): adapter is VersionedAdapter {
  const candidate = adapter as Partial<VersionedAdapter>;
  return typeof candidate.readItem === 'function' && typeof candidate.writeItem === 'function';
}

/** A request's reads and writes of its parent's item. */
export interface Items {
  read(): Promise<StoredItem>;
  /** Writes if the item is still at `version`; false if another request wrote first. */
  write(attributes: Record<string, unknown>, version: number): Promise<boolean>;
  /** Deletes the item, whatever its version ("forget everything about me", the skill disabled). */
  remove(): Promise<void>;
}

/**
 * One request's way to its parent's item, under the request's one storage deadline: every call gets
 * what is left of it, so a store that hangs costs a request at most `budgetMs` in all, however many
 * calls it makes. A plain SDK adapter (a test's, a third party's) works too, as last write wins: it has
 * no versions to compare.
 */
export class ItemAccess implements Items {
  private readonly deadline: number;

  constructor(
    private readonly adapter: PersistenceAdapter,
    private readonly envelope: RequestEnvelope,
    budgetMs: number = STORAGE_BUDGET_MS,
    private readonly clock: () => number = Date.now,
  ) {
    this.deadline = clock() + budgetMs;
  }

  /** What is left of the request's storage time. */
  remainingMs(): number {
    return Math.max(0, this.deadline - this.clock());
  }

  async read(): Promise<StoredItem> {
    const timeoutMs = this.timeLeftFor('read');
    if (isVersioned(this.adapter)) return this.adapter.readItem(this.envelope, timeoutMs);
    const attributes = await withDeadline(this.adapter.getAttributes(this.envelope), 'read', timeoutMs);
    return { attributes, version: UNVERSIONED };
  }

  async write(attributes: Record<string, unknown>, version: number): Promise<boolean> {
    const timeoutMs = this.timeLeftFor('write');
    if (isVersioned(this.adapter) && version !== UNVERSIONED) return this.adapter.writeItem(this.envelope, attributes, version, timeoutMs);
    await withDeadline(this.adapter.saveAttributes(this.envelope, attributes), 'write', timeoutMs);
    return true;
  }

  async remove(): Promise<void> {
    const timeoutMs = this.timeLeftFor('delete');
    if (isVersioned(this.adapter)) return this.adapter.deleteItem(this.envelope, timeoutMs);
    if (!this.adapter.deleteAttributes) throw new Error('This store cannot delete');
    await withDeadline(this.adapter.deleteAttributes(this.envelope), 'delete', timeoutMs);
  }

  private timeLeftFor(operation: string): number {
    const left = this.remainingMs();
    if (left <= 0) throw new StorageTimeoutError(operation, 0);
    return left;
  }
}

/** The version a plain adapter's item reads as: its writes are unconditional. */
export const UNVERSIONED = -1;

/**
 * A turn slower than this is slow: the p99 the slow-turn alarm watches (infra/lib/skill-alarms.ts).
 * Alexa waits about 8 s for a reply.
 */
export const SLOW_TURN_MS = 3000;

/**
 * Storage time per request, all calls together: with a store that hangs, a turn still answers within
 * this and a few milliseconds of its own work, under SLOW_TURN_MS.
 */
export const STORAGE_BUDGET_MS = 2000;

/** The longest one storage call may take, however much of the request's budget is left. */
export const MAX_CALL_MS = 1500;

function withDeadline<T>(promise: Promise<T>, operation: string, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StorageTimeoutError(operation, timeoutMs)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
