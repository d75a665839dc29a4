import type { RequestEnvelope } from 'ask-sdk-model';
import { STORAGE_BUDGET_MS, StorageTimeoutError, StoredItem, VersionedAdapter } from './items';

type Attributes = Record<string, unknown>;

/**
 * A region's own store, with the store its parents' places were kept in before it existed (the NA
 * table, from when one stack served every region). A parent whose item is not here yet has it read
 * from there once, written here and deleted there, within the one call's time: they hear their place,
 * and the next request finds it here. Every parent is moved by their own first request; nobody starts
 * again from an empty table.
 *
 * A former store that does not answer fails the read (the turn says it could not load, and writes
 * nothing), rather than answering "no item" and starting the parent over in a table that would then
 * hide their place for good. Deleting deletes in both, so "forget everything about me" and the skill
 * being disabled leave nothing in either.
 */
export class MovingAdapter implements VersionedAdapter {
  constructor(
    private readonly here: VersionedAdapter,
    private readonly former: VersionedAdapter,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Loads the stores' SDK and clients now (Lambda's init phase), where they have a prepare(). */
  prepare(): Promise<unknown> {
    return Promise.all([this.here, this.former].map((store) => (store as Partial<{ prepare(): Promise<unknown> }>).prepare?.()));
  }

  async readItem(envelope: RequestEnvelope, timeoutMs: number): Promise<StoredItem> {
    const deadline = this.clock() + timeoutMs;
    const left = (operation: string) => {
      const ms = deadline - this.clock();
      if (ms <= 0) throw new StorageTimeoutError(operation, 0);
      return ms;
    };
    const item = await this.here.readItem(envelope, left('read'));
    if (!isEmpty(item)) return item;
    const old = await this.former.readItem(envelope, left('read from the former table'));
    if (isEmpty(old)) return item;
    if (!(await this.here.writeItem(envelope, old.attributes, 0, left('move')))) {
      // Another request of this parent's moved it first: theirs is the item now.
      return this.here.readItem(envelope, left('read'));
    }
    // Written here, so the parent's place is safe whatever happens next; a delete that fails leaves a
    // stale copy there that is never read again (this table answers first) and is retried by a delete.
    await this.former.deleteItem(envelope, left('delete from the former table')).catch(() => undefined);
    return { attributes: old.attributes, version: 1 };
  }

  writeItem(envelope: RequestEnvelope, attributes: Attributes, version: number, timeoutMs: number): Promise<boolean> {
    return this.here.writeItem(envelope, attributes, version, timeoutMs);
  }

  async deleteItem(envelope: RequestEnvelope, timeoutMs: number): Promise<void> {
    await Promise.all([this.here.deleteItem(envelope, timeoutMs), this.former.deleteItem(envelope, timeoutMs)]);
  }

  /** The SDK's calls, each with a request's whole storage time. */
  async getAttributes(envelope: RequestEnvelope): Promise<Attributes> {
    return (await this.readItem(envelope, STORAGE_BUDGET_MS)).attributes;
  }

  saveAttributes(envelope: RequestEnvelope, attributes: Attributes): Promise<void> {
    return this.here.saveAttributes(envelope, attributes);
  }

  deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    return this.deleteItem(envelope, STORAGE_BUDGET_MS);
  }
}

/** No item: never written (an item from before versions still has attributes). */
function isEmpty(item: StoredItem): boolean {
  return item.version === 0 && Object.keys(item.attributes).length === 0;
}
