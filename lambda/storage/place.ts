import { boundedText } from '../logging/fields';
import type { SkillLogger } from '../logging/logger';
import { NEW_PROFILE, PROFILE_COUNTERS, Profile } from '../routine/profile';
import { RoutineState } from '../routine/types';
import { Items, StoredItem } from './items';
import { ReadState, StateProblem, readStoredState, toStoredState } from './stored-state';

/** A parent's place: the routine under way (if any) and what the guide knows of them. */
export interface Place {
  readonly routine?: RoutineState;
  readonly profile: Profile;
}

/** What became of the place when a turn tried to keep it. */
export type SaveResult = 'saved' | 'unchanged' | 'not-saved';

/**
 * Why nothing may be saved: the store did not answer the read (`failed`), holds a newer release's
 * state (`newer`), the request has no user id (`anonymous`), or the parent's data was just deleted
 * (`forgotten`: nothing is written again this session).
 */
export type Unloaded = 'failed' | 'newer' | 'anonymous' | 'forgotten';

/**
 * What a session remembers of the store between turns: the place as last read or written (JSON, to
 * save only on change) and the item's version then, or null with the reason nothing may be saved, and
 * whether a failed read was tried again already.
 */
export interface StoreMemo {
  readonly stored: string | null;
  readonly version?: number;
  readonly unloaded?: Unloaded;
  readonly retried?: true;
}

/** What a first read found. */
export interface LoadResult {
  readonly place: Place;
  readonly problem?: StateProblem;
  readonly newer?: true;
}

/** A change a request made to the place, as a function, so that it can be made again on a newer place. */
export type PlaceChange = (place: Place) => Place;

const EMPTY: Place = { profile: NEW_PROFILE };

/** What follows from a change of the place (`before` to `after`): the place to keep. */
export type Settle = (before: Place, after: Place) => Place;

/** Writes tried before giving up when other requests for the same parent keep writing first. */
export const MAX_WRITE_ATTEMPTS = 4;

/**
 * The one place store of a request, for the spoken guide, play-along, the buttons and the screens:
 * `load` reads the parent's place (once a request; a read that failed is remembered and never
 * retried within it), `keep` and `update` change it, `saveNow` writes it if it changed. The save
 * interceptor calls `saveNow` for every turn; a handler that promises a kept place ("I've kept your
 * place") calls it before choosing its words.
 *
 * A place that was not read is never written: a failed read, a newer release's state or a request
 * without a user id leaves the store as it is, whatever the turn changed.
 *
 * Writes are conditional on the version read. When another request for the same parent wrote first
 * (PlaybackStopped and PlaybackStarted at once, the pause button during PlaybackFinished), the store
 * reads what it wrote and makes this request's changes again on it, a few times at most: counts add
 * up, a field this request did not touch keeps the other's value, and a play-along event decides
 * afresh whether it still applies.
 */
export class PlaceStore {
  private place: Place;
  /** The place as last read or written (JSON) and the item's version; null: nothing may be saved; undefined: not read yet. */
  private base: { readonly snapshot: string; readonly version: number } | null | undefined;
  private unloaded: Unloaded | undefined;
  private retried: boolean;
  private readFailed = false;
  private warnedUnsaved = false;
  /** This request's changes since the place was read or written, in order. */
  private changes: PlaceChange[] = [];

  constructor(
    private readonly items: Items,
    private readonly logger: SkillLogger,
    private readonly now: () => Date,
    /** The place and memo a session carried from its last turn; none for a request to read afresh. */
    restored?: { readonly place: Place; readonly memo: StoreMemo },
    /**
     * What follows from every change, applied after it (and again with it on a newer place): the
     * practice log and the course's progress, from the routine under way (course/log.ts).
     */
    private readonly settle: Settle = (_before, after) => after,
  ) {
    this.place = restored?.place ?? EMPTY;
    const memo = restored?.memo;
    this.base = memo === undefined ? undefined : memo.stored === null ? null : { snapshot: memo.stored, version: memo.version ?? 0 };
    this.unloaded = memo?.unloaded;
    this.retried = memo?.retried === true;
  }

  /** A store for a request with no user id: nothing is read or written. */
  static anonymous(logger: SkillLogger, now: () => Date, place: Place = EMPTY): PlaceStore {
    const none: Items = {
      read: () => Promise.reject(new Error('No user id')),
      write: () => Promise.reject(new Error('No user id')),
      remove: () => Promise.reject(new Error('No user id')),
    };
    return new PlaceStore(none, logger, now, { place, memo: { stored: null, unloaded: 'anonymous' } });
  }

  /** The place as this request sees it now (the empty place before a read). */
  get current(): Place {
    return this.place;
  }

  /** What the session keeps of the store for its next turn. */
  memo(): StoreMemo {
    if (!this.base) return { stored: null, unloaded: this.unloaded ?? 'failed', ...(this.retried ? { retried: true as const } : {}) };
    return { stored: this.base.snapshot, version: this.base.version };
  }

  /** Reads the parent's place, once a request: later calls get what the first found. */
  async load(): Promise<Place> {
    if (this.base !== undefined) return this.place;
    return (await this.read()).place;
  }

  /** The first read, with what it found wrong; an unanswered read leaves the empty place. */
  async read(): Promise<LoadResult> {
    const item = await this.fetch();
    if (item === FAILED) {
      this.markUnloaded('failed');
      return { place: this.place };
    }
    const read = readStoredState(item.attributes);
    if (read.problem) this.logger.warn('Stored state did not fit the routine', { problem: read.problem });
    if (read.newer) {
      this.logger.warn('Stored state is from a newer release: kept as it is, not used');
      this.markUnloaded('newer');
      return { place: this.place, newer: true };
    }
    this.place = placeOf(read);
    // An older release's item is written back in this release's shape by this turn, changed or not.
    this.base = { snapshot: read.older ? '' : snapshot(this.place), version: item.version };
    return { place: this.place, ...(read.problem ? { problem: read.problem } : {}) };
  }

  /**
   * A session whose first read failed tries once more on a later turn. If the store answers now, what
   * it holds is adopted under what this session has done since (`merge`), so later saves are safe.
   */
  async retry(merge: (stored: Place, session: Place) => Place): Promise<void> {
    if (this.unloaded !== 'failed' || this.retried) return;
    this.retried = true;
    const item = await this.fetch();
    if (item === FAILED) return;
    const read = readStoredState(item.attributes);
    if (read.newer) {
      this.unloaded = 'newer';
      return;
    }
    const stored = placeOf(read);
    this.logger.info('Stored state loaded on a later turn');
    this.base = { snapshot: snapshot(stored), version: item.version };
    this.unloaded = undefined;
    this.place = merge(stored, this.place);
  }

  /**
   * Sets parts of the place; it is saved at the end of the turn (or by `saveNow`). Made again on a
   * newer place, a changed field wins and counts add up (`replay`).
   */
  keep(change: Partial<Place>): void {
    const before = this.place;
    const after: Place = { ...before, ...change };
    if ('routine' in change && change.routine === undefined) delete (after as { routine?: RoutineState }).routine;
    this.place = this.settle(before, after);
    const again = replay(before, after);
    this.changes.push((fresh) => this.settle(fresh, again(fresh)));
  }

  /** Changes the place by a rule that is applied again, as it is, to a newer place if another request wrote first. */
  update(change: PlaceChange): void {
    const settled: PlaceChange = (place) => this.settle(place, change(place));
    this.place = settled(this.place);
    this.changes.push(settled);
  }

  /**
   * Deletes the parent's item ("forget everything about me", or the skill disabled), and keeps nothing
   * for the rest of the request or session: the place is empty and nothing is written again. True only
   * if the store confirmed the delete; otherwise nothing changes.
   */
  async forget(): Promise<boolean> {
    try {
      await this.items.remove();
    } catch (error) {
      // Nothing was deleted: the place stays as it was, and is saved as usual.
      this.logFailure('delete', error);
      return false;
    }
    this.place = EMPTY;
    this.changes = [];
    this.markUnloaded('forgotten');
    return true;
  }

  /** Writes the place now if it changed since it was read or last written, and says what became of it. */
  async saveNow(): Promise<SaveResult> {
    if (this.base === undefined) return 'not-saved';
    if (this.base === null) {
      if (this.unloaded === 'failed' && !this.warnedUnsaved) {
        this.warnedUnsaved = true;
        this.logger.warn('State not saved: the store did not answer when this session began');
      }
      return 'not-saved';
    }
    for (let attempt = 1; ; attempt++) {
      const changed = snapshot(this.place);
      if (changed === this.base.snapshot) return 'unchanged';
      let written: boolean;
      try {
        written = await this.items.write(toStoredState(this.place.routine, this.place.profile, this.now()) as unknown as Record<string, unknown>, this.base.version);
      } catch (error) {
        this.logFailure('save', error);
        return 'not-saved';
      }
      if (written) {
        this.base = { snapshot: changed, version: this.base.version + 1 };
        this.changes = [];
        return 'saved';
      }
      if (attempt >= MAX_WRITE_ATTEMPTS) {
        this.logger.error('Could not save state', { storageFailure: 'conflict', attempts: attempt });
        return 'not-saved';
      }
      // Another request wrote first: read what it wrote and make this request's changes again on it.
      let item: StoredItem;
      try {
        item = await this.items.read();
      } catch (error) {
        this.logFailure('load', error);
        return 'not-saved';
      }
      const read = readStoredState(item.attributes);
      if (read.newer) {
        this.logger.warn('Stored state is from a newer release: kept as it is, not used');
        this.markUnloaded('newer');
        return 'not-saved';
      }
      const fresh = placeOf(read);
      this.logger.info('Another request for this parent wrote first: changes made again on what it wrote', { attempt });
      this.base = { snapshot: snapshot(fresh), version: item.version };
      this.place = this.changes.reduce((place, change) => change(place), fresh);
    }
  }

  private markUnloaded(reason: Unloaded): void {
    this.base = null;
    this.unloaded = reason;
  }

  private async fetch(): Promise<StoredItem | typeof FAILED> {
    if (this.readFailed) return FAILED;
    try {
      return await this.items.read();
    } catch (error) {
      this.readFailed = true;
      this.logFailure('load', error);
      return FAILED;
    }
  }

  /**
   * The one storage-failure line, with what failed and why (the alarm on these lines keys on
   * `storageFailure`), never the user id.
   */
  private logFailure(operation: 'load' | 'save' | 'delete', error: unknown): void {
    const failure = error instanceof Error ? error : new Error(String(error));
    const message = { load: 'Could not load stored state', save: 'Could not save state', delete: 'Could not delete stored state' }[operation];
    this.logger.error(message, {
      storageFailure: operation,
      errorName: boundedText(failure.name, 100),
      errorMessage: boundedText(failure.message),
      errorStack: boundedText(failure.stack, 2000),
    });
  }
}

const FAILED = Symbol('read failed');

function placeOf(read: ReadState): Place {
  return { ...(read.routine ? { routine: read.routine } : {}), profile: read.profile ?? NEW_PROFILE };
}

/** What is compared to decide whether anything changed since the last read or write. */
function snapshot(place: Place): string {
  return JSON.stringify({ routine: place.routine ?? null, profile: place.profile });
}

/** Profile fields the settle rule derives, never copied whole from one request over another's. */
const DERIVED = ['log', 'months', 'course'] as const satisfies readonly (keyof Profile)[];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A change from `before` to `after`, made again on a newer place: a routine or profile field this
 * request changed takes its value, one it did not keeps the newer place's, and counts (visits,
 * finished routines) add this request's difference to the newer count.
 */
export function replay(before: Place, after: Place): PlaceChange {
  return (fresh) => {
    const routine = same(before.routine, after.routine) ? fresh.routine : after.routine;
    const profile: Record<string, unknown> = { ...fresh.profile };
    const keys = new Set([...Object.keys(before.profile), ...Object.keys(after.profile)]);
    for (const key of keys) {
      // The log and the course follow from the routine: the store's settle rule makes them again.
      if ((DERIVED as readonly string[]).includes(key)) continue;
      const was = (before.profile as unknown as Record<string, unknown>)[key];
      const is = (after.profile as unknown as Record<string, unknown>)[key];
      if (same(was, is)) continue;
      if ((PROFILE_COUNTERS as readonly string[]).includes(key) && typeof was === 'number' && typeof is === 'number') {
        profile[key] = Math.max(0, (profile[key] as number) + is - was);
      } else if (is === undefined) {
        delete profile[key];
      } else {
        profile[key] = is;
      }
    }
    return { ...(routine ? { routine } : {}), profile: profile as unknown as Profile };
  };
}
