import type { ArchiveDB } from './db';
import { commonKeyLimit } from './commonKeys';
import { GENERATION } from './keyCountsWrite';
import { readCounters } from './keyStats';
import { keyDayRange, widenedIds, type MatchFeatures } from './matchFeatures';
import type { KeyStatRecord } from './records';

/**
 * The `keyDays` index of `features` held in the worker's memory while the archive is unchanged:
 * for each key code, its articles' days and ids in the index's own order. A check's key reads
 * (candidates.ts: the latest 200 of a key within a window of days, then the nearest days around
 * it when the window held too few) are then answered from memory with exactly the ids IndexedDB
 * would give: in Chromium at 10,000 articles those reads took 37 ms of a navigation's check
 * (median; 71 p95), and a widening round 43 more on a fifth of the pages. Read while the worker
 * is idle (idleKeyCounts.ts), in pages that a page to analyse interrupts and that the next idle
 * spell resumes, as long as the archive's generation has not moved; not held past
 * MAX_HELD_ENTRIES index entries (about 8 bytes each).
 */
interface Held {
  generation: number;
  /** The key codes held, ascending (a code whose articles are too many is not held). */
  codes: Float64Array;
  /** Where each code's pairs begin in `pairs` (and, at the last index, where they all end). */
  starts: Int32Array;
  /** [day, id] pairs, by code, then day, then id: one array, not one per code (a typed array costs some 200 bytes). */
  pairs: Int32Array;
}

/** A read under way: what the pages read so far hold, for the next idle spell to go on from. */
interface Reading {
  generation: number;
  after: number;
  lists: Map<number, number[]>;
  entries: number;
}

const held = new WeakMap<ArchiveDB, Held>();
const partial = new WeakMap<ArchiveDB, Reading>();
/** The number of articles at which an archive was found to hold too many entries. */
const tooManyAt = new WeakMap<ArchiveDB, number>();

/** Rows of `features` read at a time: each a short task, so a page that comes waits little. */
const PAGE = 250;
/** Index entries held at most (some 30,000 articles): past it, checks read the index. */
export const MAX_HELD_ENTRIES = 1_000_000;
/** The day number of an undated entry (the key's code alone): before every day, as in the index. */
const UNDATED = -1;

/** The key code of an index entry (its first three code units) as one number. */
const codeOf = (entry: string): number => (entry.charCodeAt(0) * 65_536 + entry.charCodeAt(1)) * 65_536 + entry.charCodeAt(2);

/**
 * The day part of an index entry as a number ordered as the strings are: two code units of a
 * fixed width compare as this number does, and an undated entry sorts first.
 */
const dayOf = (entry: string): number => (entry.length === 3 ? UNDATED : entry.charCodeAt(3) * 65_536 + entry.charCodeAt(4));

/**
 * Reads the `keyDays` index into memory (see Held) for checks of this generation; true when it is
 * held, already or now. `stop`: asked before each page, to pause (the next call goes on where it
 * stopped while the generation holds). `commonAbove`: a code listing more articles than this is
 * not held (checks do not read keys that common: commonKeys.ts). Gives up (false, not tried
 * again until the archive holds fewer articles) past `maxEntries`, or on an entry it cannot order
 * as the index does.
 */
export async function loadHeldKeyDays(
  db: ArchiveDB,
  stop: () => boolean = () => false,
  { pageSize = PAGE, maxEntries = MAX_HELD_ENTRIES, commonAbove = commonKeyLimit } = {},
): Promise<boolean> {
  const start = await db.transaction('r', db.keyStats, () => readCounters(db));
  if (!start) return false;
  if (held.get(db)?.generation === start.generation) return true;
  // What an older generation held answers no check now.
  held.delete(db);
  if (start.docCount >= (tooManyAt.get(db) ?? Infinity)) return false;
  let read = partial.get(db);
  if (read?.generation !== start.generation) read = { generation: start.generation, after: -Infinity, lists: new Map(), entries: 0 };
  partial.set(db, read);
  await db.open();
  for (;;) {
    if (stop()) return false;
    const { rows, generation } = await rawPage(db, read.after, pageSize);
    if (generation !== start.generation) {
      partial.delete(db);
      return false;
    }
    for (const row of rows) {
      if (!add(read, row)) {
        partial.delete(db);
        tooManyAt.set(db, start.docCount);
        return false;
      }
    }
    if (read.entries > maxEntries) {
      partial.delete(db);
      tooManyAt.set(db, start.docCount);
      return false;
    }
    if (rows.length < pageSize) break;
    read.after = rows[rows.length - 1]!.id;
  }
  partial.delete(db);
  held.set(db, { generation: start.generation, ...packed(read.lists, commonAbove(start.docCount)) });
  return true;
}

/**
 * Rows of `features` after the id `after`, as stored, with the archive's generation read in the
 * same transaction. Read below Dexie: only a row's id and index entries are wanted, and the stored
 * row holds both as written (featuresCodec.ts keeps `keyDays`), so nothing need be decoded.
 */
function rawPage(db: ArchiveDB, after: number, limit: number): Promise<{ rows: Array<Pick<MatchFeatures, 'id' | 'keyDays'>>; generation: number | undefined }> {
  // The key ranges of the IndexedDB the archive was opened on (fake-indexeddb's in Node).
  const KeyRange = (db as unknown as { _deps?: { IDBKeyRange?: typeof IDBKeyRange } })._deps?.IDBKeyRange ?? IDBKeyRange;
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction(['keyStats', 'features'], 'readonly');
    const rows = tx.objectStore('features').getAll(after === -Infinity ? undefined : KeyRange.lowerBound(after, true), limit);
    const generation = tx.objectStore('keyStats').get(GENERATION);
    tx.oncomplete = () => resolve({ rows: rows.result as Array<Pick<MatchFeatures, 'id' | 'keyDays'>>, generation: (generation.result as KeyStatRecord | undefined)?.df });
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('aborted'));
  });
}

/** Adds a row's entries; false when one is not what the index would order as held here. */
function add(read: Reading, row: Pick<MatchFeatures, 'id' | 'keyDays'>): boolean {
  const { id, keyDays } = row;
  // A row without entries is not in the index; anything but a list of entries is not read here.
  if (keyDays === undefined) return true;
  if (!Number.isInteger(id) || id < 0 || id > 0x7fffffff || !Array.isArray(keyDays)) return false;
  // The index holds each distinct entry of a row once.
  for (const entry of new Set(keyDays)) {
    if (typeof entry !== 'string' || (entry.length !== 3 && entry.length !== 5)) return false;
    const code = codeOf(entry);
    let list = read.lists.get(code);
    if (!list) read.lists.set(code, (list = []));
    list.push(dayOf(entry), id);
    read.entries++;
  }
  return true;
}

/** Each code's [day, id] pairs sorted by day, then id (the index's order within one code), codes with at most `most` articles. */
function packed(lists: Map<number, number[]>, most: number): Omit<Held, 'generation'> {
  const kept = [...lists.keys()].filter((code) => lists.get(code)!.length / 2 <= most).sort((a, b) => a - b);
  const codes = Float64Array.from(kept);
  const starts = new Int32Array(kept.length + 1);
  kept.forEach((code, i) => {
    starts[i + 1] = starts[i]! + lists.get(code)!.length / 2;
  });
  const pairs = new Int32Array(2 * starts[kept.length]!);
  kept.forEach((code, i) => {
    const list = lists.get(code)!;
    const order = Array.from({ length: list.length / 2 }, (_, j) => j).sort((a, b) => list[2 * a]! - list[2 * b]! || list[2 * a + 1]! - list[2 * b + 1]!);
    let at = 2 * starts[i]!;
    for (const from of order) {
      pairs[at++] = list[2 * from]!;
      pairs[at++] = list[2 * from + 1]!;
    }
  });
  return { codes, starts, pairs };
}

type Window = { from: string; to: string } | undefined;

/**
 * What candidates.ts's read of `key` would return (`n` ids within `window`, or beside `inner`
 * within it), from the index held for `generation`; undefined when it is not held for that
 * generation or does not hold the key's code (then the index is read).
 */
export function heldKeyIds(db: ArchiveDB, generation: number | undefined, key: string, n: number, window: Window, inner: Window): number[] | undefined {
  const known = held.get(db);
  if (generation === undefined || known?.generation !== generation) return undefined;
  const at = indexOf(known.codes, codeOf(keyDayRange(key)[0]));
  if (at < 0) return undefined;
  const pairs = known.pairs.subarray(2 * known.starts[at]!, 2 * known.starts[at + 1]!);
  const [lower, upper] = window ? bounds(key, window) : [UNDATED, Infinity];
  if (!inner) return latest(pairs, lower, upper, n);
  const [innerLower, innerUpper] = bounds(key, inner);
  // As the index read: the days before the inner window nearest first, those after it nearest first.
  const before = latest(pairs, lower, innerLower - 1, n);
  const after = earliest(pairs, innerUpper + 1, upper, n);
  return widenedIds(before, after, n);
}

/** Where `code` is in the ascending `codes`, or -1. */
function indexOf(codes: Float64Array, code: number): number {
  let low = 0;
  let high = codes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (codes[mid]! < code) low = mid + 1;
    else high = mid;
  }
  return codes[low] === code ? low : -1;
}

/** A window's first and last day as held (numbers of the index's day codes). */
function bounds(key: string, window: { from: string; to: string }): [number, number] {
  const [lower, upper] = keyDayRange(key, window.from, window.to);
  return [dayOf(lower), dayOf(upper)];
}

/** The first pair whose day is at least `day`. */
function firstFrom(pairs: Int32Array, day: number): number {
  let low = 0;
  let high = pairs.length / 2;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (pairs[2 * mid]! < day) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Ids of days lower..upper, the last in the index's order first, `n` at most (a reversed, limited read). */
function latest(pairs: Int32Array, lower: number, upper: number, n: number): number[] {
  const ids: number[] = [];
  const start = firstFrom(pairs, lower);
  for (let i = firstFrom(pairs, upper + 1) - 1; i >= start && ids.length < n; i--) ids.push(pairs[2 * i + 1]!);
  return ids;
}

/** Ids of days lower..upper in the index's order, `n` at most. */
function earliest(pairs: Int32Array, lower: number, upper: number, n: number): number[] {
  const ids: number[] = [];
  const end = firstFrom(pairs, upper + 1);
  for (let i = firstFrom(pairs, lower); i < end && ids.length < n; i++) ids.push(pairs[2 * i + 1]!);
  return ids;
}
