import { ANALYZER_VERSION } from '../core/analyze';
import { analyzeExtracted } from '../core/pipeline';
import { articleRows, pickExtracted } from './articleRows';
import type { ArchiveDB } from './db';
import { updateKeyStats } from './keyStats';
import type { ArticleRecord } from './records';

/**
 * Articles stored by an older analyzer, analysed again from their stored text and metadata,
 * so an updated extension matches the whole archive with today's rules. One article per
 * transaction: a worker stopped halfway leaves every article either old or new, never mixed,
 * and the next run carries on where it stopped. Returns how many were re-analysed.
 */
export async function reanalyzeStale(db: ArchiveDB, batchSize = 20): Promise<number> {
  let done = 0;
  // A walk in key order from where the last batch ended: each article is read once, not once
  // per batch (starting every batch from the first article read 17,200 records for 800).
  let after = 0;
  for (;;) {
    const batch = await db.articles.where(':id').above(after).limit(batchSize).toArray();
    if (batch.length === 0) return done;
    after = batch[batch.length - 1]!.id;
    for (const record of batch) {
      if (record.analyzerVersion === ANALYZER_VERSION) continue;
      await replaceAnalysis(db, record);
      done += 1;
    }
  }
}

/** One article analysed again and its rows replaced; `force` even when it is up to date (Re-analyse all). */
export async function replaceAnalysis(db: ArchiveDB, record: ArticleRecord, force = false): Promise<void> {
  // Analysis is synchronous CPU work: done before the transaction, which must not idle.
  const rows = articleRows(analyzeExtracted(pickExtracted(record), record.detection), record.origin, record.savedAt);
  await db.transaction('rw', db.articleTables, async () => {
    const current = await db.articles.get(record.id);
    if (!current || (!force && current.analyzerVersion === ANALYZER_VERSION)) return;
    await updateKeyStats(db, current.keys, -1);
    // Its statements and events are in the row (version 6): the put replaces them with it.
    await db.articles.put({ ...rows.article, id: record.id });
    await updateKeyStats(db, rows.article.keys, 1);
  });
}
