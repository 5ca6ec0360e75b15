import { bundleArticlesOf } from './bundle';
import { bundleDatasetEventOf } from './bundleDatasetEvents';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from './bundleTypes';
import type { ArchiveDB } from './db';
import type { DatasetEventRecord } from './records';

export interface PieceOptions {
  /** Articles read per transaction and written per piece. */
  batchSize?: number;
  /** Called before the first batch and after each: articles written so far, and in all. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** Thrown when the reader stops an export; nothing was downloaded. */
export class ExportStopped extends Error {
  override name = 'ExportStopped';
  constructor() {
    super('The export was stopped; nothing was saved.');
  }
}

/**
 * The archive as a bundle (the same file exportBundle writes, one article a line), in
 * pieces: the header, then one piece per batch of articles, then the closing brackets. The
 * archive never becomes one string, so it can be written to a Blob or a file of any size
 * (issue 12: a single string of 28,000 articles broke Chrome's 64 MiB message cap). Each batch
 * is read in its own transaction, by primary key after the last one read, so every article
 * comes with exactly its own statements and events, and the cost of a batch does not grow
 * with how far the export has gone.
 */
export async function* exportBundlePieces(db: ArchiveDB, options: PieceOptions = {}): AsyncGenerator<string> {
  const batchSize = options.batchSize ?? 200;
  const total = await db.articles.count();
  let done = 0;
  let after = 0;
  options.onProgress?.(done, total);
  const header = { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: new Date().toISOString() };
  yield `${JSON.stringify(header).slice(0, -1)},"articles":[`;
  for (;;) {
    if (options.signal?.aborted) throw new ExportStopped();
    const batch = await db.transaction('r', [db.articles], async () => {
      const records = await db.articles.where(':id').above(after).limit(batchSize).toArray();
      if (records.length === 0) return null;
      return { last: records[records.length - 1]!.id, articles: bundleArticlesOf(records) };
    });
    if (!batch) break;
    const lines = batch.articles.map((article) => JSON.stringify(article)).join(',\n');
    yield `${done === 0 ? '\n' : ',\n'}${lines}`;
    after = batch.last;
    done += batch.articles.length;
    options.onProgress?.(done, Math.max(total, done));
  }
  // The articles' closing bracket goes with the next piece: a bundle without events ends in one piece as before.
  let closing = '\n]';
  for await (const piece of datasetEventPieces(db, batchSize * 10, options.signal)) {
    yield `${closing}${piece}`;
    closing = '';
  }
  yield `${closing}}\n`;
}

/**
 * The archive's dataset events as the bundle's "datasetEvents" list, one a line, a transaction
 * per batch read after the last key; nothing at all when there are none, so a bundle of
 * articles only is what it always was.
 */
async function* datasetEventPieces(db: ArchiveDB, batchSize: number, signal?: AbortSignal): AsyncGenerator<string> {
  let after: [string, string] | null = null;
  let first = true;
  for (;;) {
    if (signal?.aborted) throw new ExportStopped();
    const from: [string, string] | null = after;
    const records: DatasetEventRecord[] = await (from ? db.datasetEvents.where(':id').above(from) : db.datasetEvents.toCollection()).limit(batchSize).toArray();
    if (records.length === 0) break;
    const lines = records.map((record) => JSON.stringify(bundleDatasetEventOf(record))).join(',\n');
    yield `${first ? ',"datasetEvents":[\n' : ',\n'}${lines}`;
    first = false;
    const last = records[records.length - 1]!;
    after = [last.dataset, last.sourceId];
  }
  if (!first) yield '\n]';
}
