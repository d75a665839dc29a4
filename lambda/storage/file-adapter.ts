import * as fs from 'fs';
import * as path from 'path';
import { RequestEnvelope } from 'ask-sdk-model';
import { StoredItem, VersionedAdapter } from './items';
import { userIdOf } from './user';

type Attributes = Record<string, unknown>;

/** The store refused to touch a path that is not plainly its own (a symlink, another user's folder). */
export class UnsafeStateFileError extends Error {
  constructor(readonly filePath: string, reason: string) {
    super(`Refusing to use ${filePath}: ${reason}`);
    this.name = 'UnsafeStateFileError';
  }
}

export interface FileAdapterOptions {
  /** How long to wait for another process's lock before giving up (the turn still answers). */
  readonly lockTimeoutMs?: number;
  /** A lock older than this was left by a process that died: it is broken. */
  readonly staleLockMs?: number;
  /** Temporary files older than this were left by a writer that died: they are removed. */
  readonly staleTempMs?: number;
}

/**
 * Keeps persistent attributes in one JSON file, keyed by user id like the SDK's own adapters, so the
 * terminal simulator and local runs remember a position across sessions without any AWS account.
 *
 * Safe to share between turns and between processes:
 * - every read-modify-write runs synchronously under an exclusive lock file (created with O_EXCL;
 *   a lock left by a dead process is broken after `staleLockMs`), so two saves never lose each other;
 * - writes go to a file created exclusively with owner-only permissions in a fresh temporary folder
 *   with an unpredictable name (mkdtemp), then renamed over the state file, so a reader never sees
 *   half a file;
 * - the folder is created owner-only, and neither it nor the file may be a symlink or belong to
 *   another user; temporary files left by killed writers are cleaned up when their stale lock is
 *   broken;
 * - a file that cannot be parsed is moved aside (never silently overwritten);
 * - items are kept as DynamoDB keeps them, `{ attributes, version }`, and written only over the version
 *   the request read (`writeItem`), so two requests for one parent never lose one's change; anything
 *   else on an item is kept; an item from before versions (the attributes alone) reads as version 0;
 * - user ids are keys of a Map, never properties of an object: `__proto__` is an id like any other.
 *
 * It is synchronous on purpose: the file is tiny and local, and the first asynchronous fs call in a
 * process starts libuv's thread pool, which costs a fresh process about 4 ms before it can answer.
 */
export class FileAdapter implements VersionedAdapter {
  private readonly lockPath: string;
  private readonly options: Required<FileAdapterOptions>;

  constructor(
    private readonly filePath: string,
    options: FileAdapterOptions = {},
  ) {
    this.lockPath = `${filePath}.lock`;
    this.options = { lockTimeoutMs: 1500, staleLockMs: 5000, staleTempMs: 60_000, ...options };
  }

  async getAttributes(requestEnvelope: RequestEnvelope): Promise<Attributes> {
    return (await this.readItem(requestEnvelope)).attributes;
  }

  /** Writes whatever the item holds (the SDK's call): last write wins. */
  async saveAttributes(requestEnvelope: RequestEnvelope, attributes: Attributes): Promise<void> {
    const userId = userIdOf(requestEnvelope);
    this.locked(() => {
      const all = this.readAll();
      const item = itemOf(all.get(userId));
      all.set(userId, { ...item.rest, attributes, version: item.version + 1 });
      this.writeAll(all);
    });
  }

  async readItem(requestEnvelope: RequestEnvelope): Promise<StoredItem> {
    const userId = userIdOf(requestEnvelope);
    const { attributes, version } = itemOf(this.locked(() => this.readAll()).get(userId));
    return { attributes, version };
  }

  /** Writes if nobody wrote since `version` was read, under the lock: the check and the write are one step. */
  async writeItem(requestEnvelope: RequestEnvelope, attributes: Attributes, version: number): Promise<boolean> {
    const userId = userIdOf(requestEnvelope);
    return this.locked(() => {
      const all = this.readAll();
      const item = itemOf(all.get(userId));
      if (item.version !== version) return false;
      all.set(userId, { ...item.rest, attributes, version: version + 1 });
      this.writeAll(all);
      return true;
    });
  }

  async deleteItem(requestEnvelope: RequestEnvelope): Promise<void> {
    return this.deleteAttributes(requestEnvelope);
  }

  async deleteAttributes(requestEnvelope: RequestEnvelope): Promise<void> {
    const userId = userIdOf(requestEnvelope);
    this.locked(() => {
      const all = this.readAll();
      all.delete(userId);
      this.writeAll(all);
    });
  }

  /** Runs `work` holding the lock file; synchronous, so nothing else in this process interleaves. */
  private locked<T>(work: () => T): T {
    this.ensureFolder();
    const deadline = Date.now() + this.options.lockTimeoutMs;
    let lock: number | undefined;
    while (lock === undefined) {
      try {
        lock = fs.openSync(this.lockPath, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY | NOFOLLOW, 0o600);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        this.breakStaleLock();
        if (Date.now() > deadline) throw new Error(`Timed out waiting for the lock on ${this.filePath}`);
        sleep(2);
      }
    }
    try {
      return work();
    } finally {
      fs.closeSync(lock);
      unlinkIfPresent(this.lockPath);
    }
  }

  /**
   * A lock older than `staleLockMs` was left by a writer that died holding it, perhaps mid-write: the
   * lock is broken and the temporary folders such a writer leaves are cleaned up with it (only a
   * writer killed under the lock leaves one, so a healthy store never lists its folder).
   */
  private breakStaleLock(): void {
    try {
      if (Date.now() - fs.lstatSync(this.lockPath).mtimeMs <= this.options.staleLockMs) return;
      unlinkIfPresent(this.lockPath);
      this.removeStaleTemporaries();
    } catch {
      // gone already: the next attempt takes it
    }
  }

  private ensureFolder(): void {
    const folder = path.dirname(this.filePath);
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
      stat = fs.lstatSync(folder);
    }
    if (stat.isSymbolicLink() || !stat.isDirectory()) throw new UnsafeStateFileError(this.filePath, 'its folder is a symlink or not a folder');
    if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) throw new UnsafeStateFileError(this.filePath, 'its folder belongs to another user');
  }

  private readAll(): Map<string, unknown> {
    let text: string;
    try {
      if (fs.lstatSync(this.filePath).isSymbolicLink()) throw new UnsafeStateFileError(this.filePath, 'it is a symlink');
      text = fs.readFileSync(this.filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
      throw error;
    }
    try {
      // JSON.parse makes every key an own property, `__proto__` included; the Map keeps them as data.
      const parsed: unknown = JSON.parse(text);
      if (isRecord(parsed)) return new Map(Object.entries(parsed));
    } catch {
      // fall through: keep the unreadable file for a human to look at
    }
    fs.renameSync(this.filePath, `${this.filePath}.corrupt-${Date.now()}`);
    return new Map();
  }

  private writeAll(all: Map<string, unknown>): void {
    // mkdtemp picks an unpredictable name (libuv's random source, without loading node:crypto) and
    // creates it owner-only and exclusively; the file inside is created exclusively too.
    const folder = fs.mkdtempSync(`${this.filePath}.`);
    const temporary = path.join(folder, 'state.tmp');
    try {
      const fd = fs.openSync(temporary, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY | NOFOLLOW, 0o600);
      try {
        // No fsync: this is a local store for development; the rename alone keeps readers from half a file.
        fs.writeSync(fd, `${JSON.stringify(Object.fromEntries(all), null, 2)}\n`);
      } finally {
        fs.closeSync(fd);
      }
      // rename() replaces a symlink at the destination rather than writing through it.
      fs.renameSync(temporary, this.filePath);
    } finally {
      // Empty after the rename; holds the temporary file if writing failed. (unlink and rmdir, not
      // rmSync: that one loads Node's rimraf on a cold start.)
      unlinkIfPresent(temporary);
      fs.rmdirSync(folder);
    }
  }

  /** Temporary folders of this store that a killed writer left behind. */
  private removeStaleTemporaries(): void {
    const folder = path.dirname(this.filePath);
    const prefix = `${path.basename(this.filePath)}.`;
    for (const name of fs.readdirSync(folder)) {
      if (!name.startsWith(prefix) || !/^[A-Za-z0-9]{6}$/.test(name.slice(prefix.length))) continue;
      const full = path.join(folder, name);
      try {
        if (Date.now() - fs.lstatSync(full).mtimeMs > this.options.staleTempMs) fs.rmSync(full, { recursive: true, force: true });
      } catch {
        // another process cleaned it first
      }
    }
  }
}

/** O_NOFOLLOW where the platform has it: opening a symlink fails instead of following it. */
const NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;

const pause = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms: number): void {
  Atomics.wait(pause, 0, 0, ms);
}

function unlinkIfPresent(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An entry of the file as an item: `{ attributes, version, ...rest }`, or the attributes alone as
 * written before items had versions (version 0). Stored attributes never have an `attributes` key.
 */
function itemOf(entry: unknown): StoredItem & { readonly rest: Record<string, unknown> } {
  if (!isRecord(entry)) return { attributes: {}, version: 0, rest: {} };
  const { attributes, version, ...rest } = entry;
  if (isRecord(attributes) && typeof version === 'number' && Number.isSafeInteger(version) && version > 0) return { attributes, version, rest };
  return { attributes: entry, version: 0, rest: {} };
}
