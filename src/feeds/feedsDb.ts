import Dexie, { type EntityTable, type Table } from 'dexie';
import type { IndexedDbDependencies } from '../archive/db';

export const FEEDS_DB_NAME = 'backstory-feeds';

/** A feed the reader added, with what the last fetches did. */
export interface FeedRecord {
  id: number;
  /** The address the reader gave, as a URL's href. */
  url: string;
  /** The feed's own title once read; empty before. */
  title: string;
  addedAt: string;
  paused: boolean;
  /** Keep articles on any topic, not only those about Russia, Belarus or Ukraine. */
  keepAll: boolean;
  /** Validators of the last 200 answer, sent back so an unchanged feed costs a 304. */
  etag: string | null;
  lastModified: string | null;
  /** ISO 8601 times of the last attempt and the last success. */
  lastFetchAt: string | null;
  lastSuccessAt: string | null;
  /** Articles the last fetch stored, and all the feed ever stored. */
  lastAdded: number;
  totalAdded: number;
  lastError: string | null;
  /** Failures in a row: the wait before the next attempt doubles with each. */
  failures: number;
  /** Epoch ms; the schedule fetches a feed once this has passed. */
  nextFetchAt: number;
}

export type ItemState = 'pending' | 'added' | 'skipped';

/**
 * One entry of a feed, remembered so it is read once: 'pending' entries are the work left,
 * which survives a stopped worker; the others say what became of the page.
 */
export interface ItemRecord {
  feedId: number;
  key: string;
  url: string;
  title: string;
  publishedAt: string | null;
  state: ItemState;
  /** Why an entry was skipped, or the error its last attempt met. */
  reason: string | null;
  tries: number;
  /** Epoch ms: a pending entry whose page failed waits until then. */
  notBefore: number;
  seenAt: string;
  /** Its place in the feed when seen: entries are read in the feed's order. */
  position: number;
  /** Epoch ms when its page was read (added or skipped): the pace that gives the time left. */
  readAt?: number;
  /** ISO time of the last answer that listed it; a row its feed stopped listing long ago is let go. */
  listedAt?: string;
}

/** Feeds and their entries, apart from the archive (whose versions are the archive's own). */
export class FeedsDB extends Dexie {
  feeds!: EntityTable<FeedRecord, 'id'>;
  items!: Table<ItemRecord, [number, string]>;

  constructor(name: string = FEEDS_DB_NAME, dependencies?: IndexedDbDependencies) {
    super(name, dependencies ? { ...dependencies } : undefined);
    this.version(1).stores({
      feeds: '++id, &url',
      items: '[feedId+key], feedId, [state+notBefore]',
    });
  }
}

/** A new feed's row, due at once. */
export function newFeed(url: string, keepAll: boolean, now = new Date()): Omit<FeedRecord, 'id'> {
  return {
    url, title: '', addedAt: now.toISOString(), paused: false, keepAll,
    etag: null, lastModified: null, lastFetchAt: null, lastSuccessAt: null,
    lastAdded: 0, totalAdded: 0, lastError: null, failures: 0, nextFetchAt: 0,
  };
}
