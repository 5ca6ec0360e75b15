import type { CorpusStats } from '../core/match';
import type { ArchiveDB } from './db';
import type { MatchFeatures } from './matchFeatures';
import type { EventRecord, StatementRecord } from './records';
import { ARTICLE_COUNT, GENERATION } from './keyCountsWrite';

// The counts are written by keyCountsWrite.ts; its functions stay importable from here.
export { updateArticleCount, updateKeyCounts, updateKeyStats } from './keyCountsWrite';

/**
 * What checks read that holds until the archive changes, per open archive: key counts, and each
 * candidate's features and statement and event rows (matchFeatures.ts), which only a reanalysis
 * rewrites, and a reanalysis counts as a change. A reader's next article is mostly of the same
 * stories, so its candidates are mostly the last one's: in Chromium at 10,000 articles reading
 * 200 features took 7-18 ms of a warm check.
 */
export interface CheckCache {
  generation: number;
  docCount: number;
  df: Map<string, number>;
  features: Map<number, MatchFeatures>;
  rows: Map<number, ArticleRowsRead>;
  /**
   * A key's article ids as one read of candidates.ts returned them, by the read (key, how many,
   * which days): a story's rare names come back check after check, and a day's reports share
   * their windows. `idsHeld` counts the ids kept, to bound the memory.
   */
  keyIds: Map<string, number[]>;
  idsHeld: number;
  /**
   * What the matcher built of each candidate (its weighted vectors: CorpusStats.kept), by article
   * id, with the keys it found no count for: built again once one of those has a count, so a
   * kept build is always what a new one would be. Vectors were a tenth of a warm check's time.
   */
  built: Map<number, { value: unknown; uncounted: string[] }>;
  /**
   * Every key's count at this generation (loadAllKeyCounts, read while the worker is idle), or
   * undefined: counts are then read as checks ask for them. `df` still holds only the keys
   * checks asked for, as without it, so a check's scores are the same either way; it only
   * spares the reads (at 10,000 articles, a round trip before a check's key reads and one of
   * some hundreds of candidates' keys after them).
   */
  all?: Map<string, number>;
}
export interface ArticleRowsRead { statements: StatementRecord[]; events: EventRecord[] }
const cache = new WeakMap<ArchiveDB, CheckCache>();
/** Past this many keys the cache starts again: a worker's memory is not the archive's. */
const MAX_CACHED_KEYS = 200_000;
/**
 * Articles whose features are kept (about 2 KB of JSON each, the devset's median, 6 KB at most):
 * ten checks' candidates, some 10 MB of a worker's memory at most.
 */
export const MAX_CACHED_FEATURES = 2_000;
/** Articles whose statement and event rows are kept (1.4 KB median, 31 KB at most): some fifty checks' pools. */
export const MAX_CACHED_ROWS = 500;

/**
 * The cache of the archive's generation that loadCorpusStats last read, or one that keeps
 * nothing when the archive has no generation yet (written by an older version).
 */
export function checkCacheOf(db: ArchiveDB): CheckCache {
  return cache.get(db) ?? { generation: -1, docCount: 0, df: new Map(), features: new Map(), rows: new Map(), keyIds: new Map(), idsHeld: 0, built: new Map() };
}

/** Ids kept for key reads at most (8 bytes each and the lists' own cost: a few MB). */
const MAX_CACHED_IDS = 400_000;

/** Keeps one key read's ids; past MAX_CACHED_IDS the oldest reads go. */
export function rememberKeyIds(cache: CheckCache, read: string, ids: number[]): void {
  cache.keyIds.set(read, ids);
  cache.idsHeld += ids.length + 1;
  for (const [oldest, dropped] of cache.keyIds) {
    if (cache.idsHeld <= MAX_CACHED_IDS) break;
    cache.keyIds.delete(oldest);
    cache.idsHeld -= dropped.length + 1;
  }
}

/** Keeps `value` under `id`, dropping the oldest entries past `max`. */
export function remember<T>(map: Map<number, T>, id: number, value: T, max: number): void {
  map.set(id, value);
  if (map.size <= max) return;
  for (const oldest of map.keys()) {
    map.delete(oldest);
    if (map.size <= max * 0.9) break;
  }
}

/**
 * The matcher's view of the archive for the given keys: loaded up front because the matcher
 * asks synchronously. A key not loaded counts as unseen (df 0). Counts read for an earlier check
 * are reused while the archive has not changed since (two point reads tell). `current`: the
 * archive's generation as the caller read it a moment ago in the same check (readCounters);
 * if the cache holds every key's count of that generation, nothing is read at all.
 */
export async function loadCorpusStats(db: ArchiveDB, keys: Iterable<string>, current?: number): Promise<CorpusStats> {
  const unique = [...new Set(keys)];
  const kept = cache.get(db);
  if (kept?.all && current !== undefined && kept.generation === current) {
    // The same cache, the same keys counted: what the reads below would have found.
    if (kept.df.size > MAX_CACHED_KEYS) resetLoaded(kept);
    countFromAll(kept, unique);
    return statsOf(kept);
  }
  // The keys the cache lacks are read beside the counters, in one round trip: unless the
  // archive changed meanwhile (then they are read again), what they say holds.
  const guess = kept && !kept.all ? unique.filter((key) => !kept.df.has(key)) : kept ? [] : unique;
  const [[count, generation], guessed] = await Promise.all([db.keyStats.bulkGet([ARTICLE_COUNT, GENERATION]), db.keyStats.bulkGet(guess)]);
  let known = kept;
  if (!known || !generation || !count || known.generation !== generation.df) {
    known = emptyCache(generation?.df ?? -1, count?.df ?? (await db.articles.count()));
    // Without both counters (an archive not written since they were added) nothing is kept.
    if (generation && count) cache.set(db, known);
    else cache.delete(db);
  } else if (known.df.size > MAX_CACHED_KEYS) {
    resetLoaded(known);
  }
  if (known.all) {
    countFromAll(known, unique);
    return statsOf(known);
  }
  guess.forEach((key, i) => known.df.set(key, guessed[i]?.df ?? 0));
  const missing = unique.filter((key) => !known.df.has(key));
  const stats = await db.keyStats.bulkGet(missing);
  missing.forEach((key, i) => known.df.set(key, stats[i]?.df ?? 0));
  return statsOf(known);
}

function emptyCache(generation: number, docCount: number): CheckCache {
  return { generation, docCount, df: new Map(), features: new Map(), rows: new Map(), keyIds: new Map(), idsHeld: 0, built: new Map() };
}

/**
 * Past MAX_CACHED_KEYS the loaded keys start again, with what was built on them, as a new cache
 * would (the reads kept stay: they hold while the archive is unchanged).
 */
function resetLoaded(known: CheckCache): void {
  known.df = new Map();
  known.built = new Map();
}

/** The keys' counts from every key's count: what reading them would give. */
function countFromAll(known: CheckCache, keys: string[]): void {
  for (const key of keys) if (!known.df.has(key)) known.df.set(key, known.all!.get(key) ?? 0);
}

/**
 * The archive's generation and number of articles, read in the caller's transaction; undefined
 * for an archive written before they were kept.
 */
export function readCounters(db: ArchiveDB): Promise<{ generation: number; docCount: number } | undefined> {
  // Dexie's own promise (no async function): a caller may await it later in its transaction.
  return db.keyStats.bulkGet([ARTICLE_COUNT, GENERATION]).then(([count, generation]) => (count && generation ? { generation: generation.df, docCount: count.df } : undefined));
}

/**
 * The cache that holds every key's count, if there is one; the caller must then confirm its
 * generation (readCounters) before trusting what it read with it.
 */
export function completeCheckCache(db: ArchiveDB): CheckCache | undefined {
  const kept = cache.get(db);
  return kept?.all ? kept : undefined;
}

/** The number of articles at which an archive was found to hold more than MAX_ALL_KEYS keys. */
const tooManyKeysAt = new WeakMap<ArchiveDB, number>();

/** Every key's count is read in pages of this many rows, each its own short transaction. */
const ALL_KEYS_PAGE = 5_000;
/**
 * Past this many keys, counts are read as checks ask for them: every count in memory would be
 * some 60 bytes a key of a worker's memory (150,000 keys: about 9 MB).
 */
export const MAX_ALL_KEYS = 150_000;

/**
 * Reads every key's count into the check cache, for checks to read none (see CheckCache.all):
 * for a worker that is idle, page by page so a check that comes meanwhile waits for one page at
 * most. Gives up (false) when the archive changes during the read, or holds more than MAX_ALL_KEYS
 * keys (and then does not try again until the archive holds fewer articles); true when every
 * count is held, already or now. `stop`: asked before each page, to give up.
 */
export async function loadAllKeyCounts(db: ArchiveDB, stop: () => boolean = () => false, { pageSize = ALL_KEYS_PAGE, maxKeys = MAX_ALL_KEYS } = {}): Promise<boolean> {
  const start = await db.transaction('r', db.keyStats, () => readCounters(db));
  if (!start) return false;
  const kept = cache.get(db);
  if (kept?.all && kept.generation === start.generation) return true;
  // An archive found to hold too many keys is not read again until it holds fewer articles.
  if (start.docCount >= (tooManyKeysAt.get(db) ?? Infinity)) return false;
  const all = new Map<string, number>();
  for (let after: string | undefined; ;) {
    if (stop()) return false;
    const from = after;
    const [rows, counters] = await db.transaction('r', db.keyStats, () => Promise.all([
      (from === undefined ? db.keyStats.toCollection() : db.keyStats.where(':id').above(from)).limit(pageSize).toArray(),
      readCounters(db),
    ]));
    if (counters?.generation !== start.generation) return false;
    for (const row of rows) if (row.key !== ARTICLE_COUNT && row.key !== GENERATION) all.set(row.key, row.df);
    if (all.size > maxKeys) {
      tooManyKeysAt.set(db, start.docCount);
      return false;
    }
    if (rows.length < pageSize) break;
    after = rows[rows.length - 1]!.key;
  }
  // The reads kept by checks of this generation stay; an older cache goes.
  const current = cache.get(db);
  const known = current && current.generation === start.generation ? current : emptyCache(start.generation, start.docCount);
  known.all = all;
  cache.set(db, known);
  return true;
}

function statsOf(known: CheckCache): CorpusStats {
  const { df, docCount, built } = known;
  let uncounted: string[] | null = null;
  return {
    docCount,
    df: (key: string) => {
      const n = df.get(key);
      if (n === undefined) uncounted?.push(key);
      return n ?? 0;
    },
    kept<T>(candidate: object, build: () => T): T {
      const id = (candidate as { id?: unknown }).id;
      if (typeof id !== 'number') return build();
      const held = built.get(id);
      if (held && held.uncounted.every((key) => !df.has(key))) return held.value as T;
      const missed: string[] = [];
      uncounted = missed;
      try {
        const value = build();
        remember(built, id, { value, uncounted: missed }, MAX_CACHED_FEATURES);
        return value;
      } finally {
        uncounted = null;
      }
    },
  };
}
