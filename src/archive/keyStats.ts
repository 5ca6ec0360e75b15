import type { CorpusStats } from '../core/match';
import type { ArchiveDB } from './db';

/**
 * Adds `delta` (+1 on save, -1 on delete) to the document frequency of each key. Call inside
 * the transaction that writes the article, so counts never drift from the rows.
 */
export async function updateKeyStats(db: ArchiveDB, keys: string[], delta: 1 | -1): Promise<void> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return;
  const current = await db.keyStats.bulkGet(unique);
  const updated = unique.map((key, i) => ({ key, df: (current[i]?.df ?? 0) + delta }));
  await db.keyStats.bulkPut(updated.filter((stat) => stat.df > 0));
  const emptied = updated.filter((stat) => stat.df <= 0).map((stat) => stat.key);
  if (emptied.length > 0) await db.keyStats.bulkDelete(emptied);
}

/**
 * The matcher's view of the archive for the given keys: loaded up front because the matcher
 * asks synchronously. A key not loaded counts as unseen (df 0).
 */
export async function loadCorpusStats(db: ArchiveDB, keys: Iterable<string>): Promise<CorpusStats> {
  const unique = [...new Set(keys)];
  const [docCount, stats] = await Promise.all([db.articles.count(), db.keyStats.bulkGet(unique)]);
  const frequencies = new Map<string, number>();
  stats.forEach((stat) => stat && frequencies.set(stat.key, stat.df));
  return { docCount, df: (key: string) => frequencies.get(key) ?? 0 };
}
