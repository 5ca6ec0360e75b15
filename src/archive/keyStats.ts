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
 * are reused while the archive has not changed since (two point reads tell).
 */
export async function loadCorpusStats(db: ArchiveDB, keys: Iterable<string>): Promise<CorpusStats> {
  const unique = [...new Set(keys)];
  // The keys the cache lacks are read beside the counters, in one round trip: unless the
  // archive changed meanwhile (then they are read again), what they say holds.
  const kept = cache.get(db);
  const guess = kept ? unique.filter((key) => !kept.df.has(key)) : unique;
  const [[count, generation], guessed] = await Promise.all([db.keyStats.bulkGet([ARTICLE_COUNT, GENERATION]), db.keyStats.bulkGet(guess)]);
  let known = kept;
  if (!known || !generation || !count || known.generation !== generation.df || known.df.size > MAX_CACHED_KEYS) {
    known = { generation: generation?.df ?? -1, docCount: count?.df ?? (await db.articles.count()), df: new Map(), features: new Map(), rows: new Map(), keyIds: new Map(), idsHeld: 0, built: new Map() };
    // Without both counters (an archive not written since they were added) nothing is kept.
    if (generation && count) cache.set(db, known);
    else cache.delete(db);
  }
  guess.forEach((key, i) => known.df.set(key, guessed[i]?.df ?? 0));
  const missing = unique.filter((key) => !known.df.has(key));
  const stats = await db.keyStats.bulkGet(missing);
  missing.forEach((key, i) => known.df.set(key, stats[i]?.df ?? 0));
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
