import type { CorpusStats } from '../core/match';
import type { ArchiveDB } from './db';

/**
 * Rows of `keyStats` that are no index key (index keys start with a letter and a colon): the
 * number of articles, kept on every save and delete because IndexedDB's count() walks the whole
 * store (49 ms at 5,000 articles in Chromium, twice per check); and a counter of changes to the
 * key counts, so a check can keep the counts it read until the archive changes.
 */
const ARTICLE_COUNT = '#articles';
const GENERATION = '#generation';

/**
 * Adds `delta` (+1 on save, -1 on delete) to the document frequency of each key. Call inside
 * the transaction that writes the article, so counts never drift from the rows.
 */
export async function updateKeyStats(db: ArchiveDB, keys: string[], delta: 1 | -1): Promise<void> {
  await updateKeyCounts(db, new Map([...new Set(keys)].map((key) => [key, delta])));
}

/**
 * Adds each key's delta at once: an import of a batch of articles reads and writes each of their
 * keys once, not once an article (most keys recur across a batch: names, places, common words).
 */
export async function updateKeyCounts(db: ArchiveDB, deltas: Map<string, number>): Promise<void> {
  const unique = [...deltas.keys()];
  const [current, generation] = await Promise.all([db.keyStats.bulkGet(unique), db.keyStats.get(GENERATION)]);
  await db.keyStats.put({ key: GENERATION, df: (generation?.df ?? 0) + 1 });
  if (unique.length === 0) return;
  const updated = unique.map((key, i) => ({ key, df: (current[i]?.df ?? 0) + deltas.get(key)! }));
  await db.keyStats.bulkPut(updated.filter((stat) => stat.df > 0));
  const emptied = updated.filter((stat) => stat.df <= 0).map((stat) => stat.key);
  if (emptied.length > 0) await db.keyStats.bulkDelete(emptied);
}

/**
 * Keeps the number of articles after some were added (+n) or one removed (-1), inside the same
 * transaction and after the article's own row was written: an archive that has no count yet
 * (saved by an older version) gets the true one, counted once.
 */
export async function updateArticleCount(db: ArchiveDB, delta: number): Promise<void> {
  const stored = await db.keyStats.get(ARTICLE_COUNT);
  await db.keyStats.put({ key: ARTICLE_COUNT, df: stored ? stored.df + delta : await db.articles.count() });
}

interface Cached { generation: number; docCount: number; df: Map<string, number> }
/** Counts already read, per open archive, while its generation holds. */
const cache = new WeakMap<ArchiveDB, Cached>();
/** Past this many keys the cache starts again: a worker's memory is not the archive's. */
const MAX_CACHED_KEYS = 200_000;

/**
 * The matcher's view of the archive for the given keys: loaded up front because the matcher
 * asks synchronously. A key not loaded counts as unseen (df 0). Counts read for an earlier check
 * are reused while the archive has not changed since (two point reads tell).
 */
export async function loadCorpusStats(db: ArchiveDB, keys: Iterable<string>): Promise<CorpusStats> {
  const unique = [...new Set(keys)];
  const [count, generation] = await db.keyStats.bulkGet([ARTICLE_COUNT, GENERATION]);
  let known = cache.get(db);
  if (!known || !generation || !count || known.generation !== generation.df || known.df.size > MAX_CACHED_KEYS) {
    known = { generation: generation?.df ?? -1, docCount: count?.df ?? (await db.articles.count()), df: new Map() };
    // Without both counters (an archive not written since they were added) nothing is kept.
    if (generation && count) cache.set(db, known);
  }
  const missing = unique.filter((key) => !known.df.has(key));
  const stats = await db.keyStats.bulkGet(missing);
  missing.forEach((key, i) => known.df.set(key, stats[i]?.df ?? 0));
  const { df, docCount } = known;
  return { docCount, df: (key: string) => df.get(key) ?? 0 };
}
