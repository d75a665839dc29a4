import type { AttributesManager } from 'ask-sdk-core';
import type { SkillLogger } from '../logging/logger';
import { NEW_PROFILE, Profile } from '../routine/profile';
import { RoutineState } from '../routine/types';
import { StateProblem, readStoredState, toStoredState } from './stored-state';

/** A parent's place: the routine under way (if any) and what the guide knows of them. */
export interface Place {
  readonly routine?: RoutineState;
  readonly profile: Profile;
}

/** What became of the place when a turn tried to keep it. */
export type SaveResult = 'saved' | 'unchanged' | 'not-saved';

/**
 * Why nothing may be saved: the store did not answer the read (`failed`), holds a newer release's
 * state (`newer`), or the request has no user id (`anonymous`).
 */
export type Unloaded = 'failed' | 'newer' | 'anonymous';

/**
 * What a session remembers of the store between turns: the place as last read or written (JSON, to
 * save only on change), or null with the reason nothing may be saved, and whether a failed read was
 * tried again already.
 */
export interface StoreMemo {
  readonly stored: string | null;
  readonly unloaded?: Unloaded;
  readonly retried?: true;
}

/** What the SDK's attributes manager offers a store: the three calls on persistent attributes. */
export type Persistence = Pick<AttributesManager, 'getPersistentAttributes' | 'setPersistentAttributes' | 'savePersistentAttributes'>;

/** What a first read found. */
export interface LoadResult {
  readonly place: Place;
  readonly problem?: StateProblem;
  readonly newer?: true;
}

const EMPTY: Place = { profile: NEW_PROFILE };

/**
 * The one place store of a request, for the spoken guide, play-along, the buttons and the screens:
 * `load` reads the parent's place (once a request; a read that failed is remembered and never
 * retried within it), `keep` changes it, `saveNow` writes it if it changed. The save interceptor calls
 * `saveNow` for every turn; a handler that promises a kept place ("I've kept your place") calls it
 * before choosing its words.
 *
 * A place that was not read is never written: a failed read, a newer release's state or a request
 * without a user id leaves the store as it is, whatever the turn changed.
 */
export class PlaceStore {
  private place: Place;
  /** The place as last read or written (JSON); null: nothing may be saved; undefined: not read yet. */
  private stored: string | null | undefined;
  private unloaded: Unloaded | undefined;
  private retried: boolean;
  private readFailed = false;
  private warnedUnsaved = false;

  constructor(
    private readonly persistence: Persistence,
    private readonly logger: SkillLogger,
    private readonly now: () => Date,
    /** The place and memo a session carried from its last turn; none for a request to read afresh. */
    restored?: { readonly place: Place; readonly memo: StoreMemo },
  ) {
    this.place = restored?.place ?? EMPTY;
    this.stored = restored?.memo.stored;
    this.unloaded = restored?.memo.unloaded;
    this.retried = restored?.memo.retried === true;
  }

  /** A store for a request with no user id: nothing is read or written. */
  static anonymous(logger: SkillLogger, now: () => Date, place: Place = EMPTY): PlaceStore {
    const none: Persistence = {
      getPersistentAttributes: () => Promise.reject(new Error('No user id')),
      setPersistentAttributes: () => undefined,
      savePersistentAttributes: () => Promise.reject(new Error('No user id')),
    };
    return new PlaceStore(none, logger, now, { place, memo: { stored: null, unloaded: 'anonymous' } });
  }

  /** The place as this request sees it now (the empty place before a read). */
  get current(): Place {
    return this.place;
  }

  /** What the session keeps of the store for its next turn. */
  memo(): StoreMemo {
    if (this.stored === undefined || this.stored === null) return { stored: null, unloaded: this.unloaded ?? 'failed', ...(this.retried ? { retried: true as const } : {}) };
    return { stored: this.stored };
  }

  /** Reads the parent's place, once a request: later calls get what the first found. */
  async load(): Promise<Place> {
    if (this.stored !== undefined) return this.place;
    return (await this.read()).place;
  }

  /** The first read, with what it found wrong; an unanswered read leaves the empty place. */
  async read(): Promise<LoadResult> {
    const raw = await this.fetch();
    if (raw === FAILED) {
      this.markUnloaded('failed');
      return { place: this.place };
    }
    const read = readStoredState(raw);
    if (read.problem) this.logger.warn('Stored state did not fit the routine', { problem: read.problem });
    if (read.newer) {
      this.logger.warn('Stored state is from a newer release: kept as it is, not used');
      this.markUnloaded('newer');
      return { place: this.place, newer: true };
    }
    this.place = { ...(read.routine ? { routine: read.routine } : {}), profile: read.profile ?? NEW_PROFILE };
    this.stored = snapshot(this.place);
    return { place: this.place, ...(read.problem ? { problem: read.problem } : {}) };
  }

  /**
   * A session whose first read failed tries once more on a later turn. If the store answers now, what
   * it holds is adopted under what this session has done since (`merge`), so later saves are safe.
   */
  async retry(merge: (stored: Place, session: Place) => Place): Promise<void> {
    if (this.unloaded !== 'failed' || this.retried) return;
    this.retried = true;
    const raw = await this.fetch();
    if (raw === FAILED) return;
    const read = readStoredState(raw);
    if (read.newer) {
      this.unloaded = 'newer';
      return;
    }
    const stored: Place = { ...(read.routine ? { routine: read.routine } : {}), profile: read.profile ?? NEW_PROFILE };
    this.logger.info('Stored state loaded on a later turn');
    this.stored = snapshot(stored);
    this.unloaded = undefined;
    this.place = merge(stored, this.place);
  }

  /** Changes the place; it is saved at the end of the turn (or by `saveNow`). */
  keep(change: Partial<Place>): void {
    const next = { ...this.place, ...change };
    if ('routine' in change && change.routine === undefined) delete (next as { routine?: RoutineState }).routine;
    this.place = next;
  }

  /** Writes the place now if it changed since it was read or last written, and says what became of it. */
  async saveNow(): Promise<SaveResult> {
    if (this.stored === undefined) return 'not-saved';
    if (this.stored === null) {
      if (this.unloaded === 'failed' && !this.warnedUnsaved) {
        this.warnedUnsaved = true;
        this.logger.warn('State not saved: the store did not answer when this session began');
      }
      return 'not-saved';
    }
    const changed = snapshot(this.place);
    if (changed === this.stored) return 'unchanged';
    try {
      this.persistence.setPersistentAttributes(toStoredState(this.place.routine, this.place.profile, this.now()));
      await this.persistence.savePersistentAttributes();
      this.stored = changed;
      return 'saved';
    } catch (error) {
      this.logFailure('save', error);
      return 'not-saved';
    }
  }

  private markUnloaded(reason: Unloaded): void {
    this.stored = null;
    this.unloaded = reason;
  }

  private async fetch(): Promise<unknown> {
    if (this.readFailed) return FAILED;
    try {
      return await this.persistence.getPersistentAttributes(true);
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
  private logFailure(operation: 'load' | 'save', error: unknown): void {
    const failure = error instanceof Error ? error : new Error(String(error));
    this.logger.error(operation === 'load' ? 'Could not load stored state' : 'Could not save state', {
      storageFailure: operation,
      errorName: failure.name,
      errorMessage: failure.message,
      errorStack: failure.stack,
    });
  }
}

const FAILED = Symbol('read failed');

/** What is compared to decide whether anything changed since the last read or write. */
function snapshot(place: Place): string {
  return JSON.stringify({ routine: place.routine ?? null, profile: place.profile });
}
