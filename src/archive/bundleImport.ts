import { importBundle, type ImportSummary } from './bundle';
import { mergeDatasetEvents, readBundleDatasetEvent } from './bundleDatasetEvents';
import { BundleSplitter, type BundlePart } from './bundleSplitter';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type BundleArticle } from './bundleTypes';
import type { ArchiveDB } from './db';
import { checkBundleHeader } from './parseBundle';
import { readBundleArticle } from './readBundleArticle';
import type { DatasetEventRecord, Origin } from './records';
import { isQuotaError } from './storageErrors';

/** A bundle's text as it is read, in pieces; called once per pass over the file. */
export type TextSource = () => AsyncIterable<string>;

export interface StreamImportSummary extends ImportSummary {
  /** Articles in the bundle. */
  total: number;
  /** Its dataset events (ACLED, UCDP, GDELT): stored, and kept as they were because the archive's copy is newer. */
  events?: { total: number; stored: number; newerKept: number };
}

export interface ImportProgress extends StreamImportSummary {
  /** 'checking': the first pass, `done` articles read and checked, `total` not known yet (0). */
  phase: 'checking' | 'storing';
  /** Articles handled so far (checked; or added or found already archived). */
  done: number;
}

export interface StreamImportOptions {
  origin?: Origin;
  /** Articles per transaction; a batch also ends at batchChars characters of JSON. */
  batchSize?: number;
  batchChars?: number;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
}

/** Dataset events stored per transaction, as a dataset file's import stores them. */
const EVENT_BATCH = 2_000;

export type StopReason = 'cancelled' | 'quota' | 'failed';

/**
 * An import that ended before the last article: the batches before it are stored (each was
 * its own transaction), the one it was writing is not. `summary` counts what was stored.
 */
export class ImportStopped extends Error {
  override name = 'ImportStopped';
  constructor(
    readonly reason: StopReason,
    readonly summary: StreamImportSummary,
    override readonly cause?: unknown,
  ) {
    super(reason === 'cancelled' ? 'The import was stopped.' : `The import failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

async function* partsOf(open: TextSource): AsyncGenerator<BundlePart> {
  const splitter = new BundleSplitter();
  for await (const chunk of open()) yield* splitter.feed(chunk);
  splitter.end();
}

/**
 * First pass: the whole file is read and checked (its JSON, format, version and every
 * article) and its articles counted, holding one article at a time. A broken or foreign file
 * is refused before anything is stored, as the one-transaction import did.
 */
export async function checkBundleStream(
  open: TextSource,
  signal?: AbortSignal,
  onChecked?: (count: number) => void,
): Promise<{ total: number; events: number }> {
  const fields: Record<string, unknown> = {};
  let total = 0;
  let events = 0;
  let sawList = false;
  let firstError: unknown = null;
  for await (const part of partsOf(open)) {
    if (signal?.aborted) throw new ImportStopped('cancelled', { total, added: 0, duplicates: 0, reanalysed: 0 });
    if (part.kind === 'field') {
      fields[part.key] = part.value;
      continue;
    }
    if (part.kind === 'datasetEvent') {
      events += 1;
      if (firstError === null) {
        try {
          readBundleDatasetEvent(part.value, part.index);
        } catch (error) {
          firstError = error;
        }
      }
      continue;
    }
    sawList = true;
    total += 1;
    if (total % 100 === 0) onChecked?.(total);
    // Kept until the header is read: a file of another kind is named as such, not by its first odd item.
    if (firstError === null) {
      try {
        readBundleArticle(part.value, part.index);
      } catch (error) {
        firstError = error;
      }
    }
  }
  const { field } = checkBundleHeader(fields);
  if (!sawList) field.array('articles', (item) => item);
  if (firstError !== null) throw firstError;
  return { total, events };
}

/**
 * Imports a bundle read as a stream (a file of any size), in batches each stored in its own
 * transaction, with progress counts and a way to stop. Articles already archived are skipped,
 * so after a stop, importing the same file again adds the rest. Throws ImportStopped when
 * cancelled or when a write fails (a full disk: reason 'quota'), saying how much was stored.
 */
export async function importBundleStream(db: ArchiveDB, open: TextSource, options: StreamImportOptions = {}): Promise<StreamImportSummary> {
  const batchSize = options.batchSize ?? 100;
  const batchChars = options.batchChars ?? 8_000_000;
  const empty = { total: 0, added: 0, duplicates: 0, reanalysed: 0 };
  const { total, events } = await checkBundleStream(open, options.signal, (checked) => options.onProgress?.({ ...empty, phase: 'checking', done: checked }));
  const summary: StreamImportSummary = { ...empty, total, ...(events > 0 ? { events: { total: events, stored: 0, newerKept: 0 } } : {}) };
  let eventBatch: DatasetEventRecord[] = [];
  const storeEvents = async () => {
    if (options.signal?.aborted) throw new ImportStopped('cancelled', { ...summary });
    try {
      const merged = await mergeDatasetEvents(db, eventBatch);
      summary.events!.stored += merged.stored;
      summary.events!.newerKept += merged.newerKept;
    } catch (error) {
      throw new ImportStopped(isQuotaError(error) ? 'quota' : 'failed', { ...summary }, error);
    }
    eventBatch = [];
  };
  let done = 0;
  const report = () => options.onProgress?.({ ...summary, phase: 'storing', done });
  let batch: BundleArticle[] = [];
  let chars = 0;
  const store = async () => {
    if (options.signal?.aborted) throw new ImportStopped('cancelled', { ...summary });
    try {
      const outcome = await importBundle(db, { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: '', articles: batch }, { origin: options.origin });
      summary.added += outcome.added;
      summary.duplicates += outcome.duplicates;
      summary.reanalysed += outcome.reanalysed;
    } catch (error) {
      throw new ImportStopped(isQuotaError(error) ? 'quota' : 'failed', { ...summary }, error);
    }
    done += batch.length;
    batch = [];
    chars = 0;
    report();
  };
  report();
  for await (const part of partsOf(open)) {
    if (part.kind === 'datasetEvent') {
      eventBatch.push(readBundleDatasetEvent(part.value, part.index));
      if (eventBatch.length >= EVENT_BATCH) await storeEvents();
      continue;
    }
    if (part.kind !== 'article') continue;
    batch.push(readBundleArticle(part.value, part.index));
    chars += part.chars;
    if (batch.length >= batchSize || chars >= batchChars) await store();
  }
  if (batch.length > 0) await store();
  if (eventBatch.length > 0) await storeEvents();
  return summary;
}
