import type { ArchiveDB } from './db';
import { replaceAnalysis } from './reanalyzeStale';

export interface ReanalyzeOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  batchSize?: number;
}

/**
 * Every article analysed again from its stored text (the archive page's Re-analyse all), in
 * key order, one transaction per article: Stop, or a closed page, leaves each article either
 * old or new, never mixed. Returns the ids re-analysed.
 */
export async function reanalyzeAll(db: ArchiveDB, options: ReanalyzeOptions = {}): Promise<number[]> {
  const { onProgress, signal, batchSize = 20 } = options;
  const total = await db.articles.count();
  const done: number[] = [];
  let after = 0;
  onProgress?.(0, total);
  while (!signal?.aborted) {
    const batch = await db.articles.where(':id').above(after).limit(batchSize).toArray();
    if (batch.length === 0) break;
    after = batch[batch.length - 1]!.id;
    for (const record of batch) {
      if (signal?.aborted) break;
      await replaceAnalysis(db, record, true);
      done.push(record.id);
      onProgress?.(done.length, total);
      // Analysis is synchronous: a pause lets the page paint its progress and hear Stop.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  return done;
}
