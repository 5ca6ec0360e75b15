import { BundleError } from './bundleError';
import { importBundleStream, ImportStopped } from './bundleImport';
import type { ArchiveDB } from './db';
import { duplicateOf, readArticleEntry, type Analyze, type ImportEntry, type ParseHtml, type ReadEntry } from './fileImportPage';
import { KnownArticles } from './fileImportKnown';
import { blobText, FileSkipped, importKindOf, type SkipKind } from './fileImportRead';
import { GroupedReads } from './fileImportReads';
import { ingestArticles } from './ingest';
import { describeStorageError } from './storageErrors';

export type { Analyze, ImportEntry, ParseHtml } from './fileImportPage';

/** A file left out, and why. */
export interface SkippedFile {
  path: string;
  kind: SkipKind;
  reason: string;
}

export interface FileImportProgress {
  /** Pages, text files and bundles chosen; `done` of them handled. */
  total: number;
  done: number;
  added: number;
  skipped: number;
  elapsedMs: number;
  /** From the bytes read so far; null until the first file is done. */
  msLeft: number | null;
  /** The file being read. */
  current: string;
}

export interface FileImportSummary extends Omit<FileImportProgress, 'msLeft' | 'current'> {
  skippedFiles: SkippedFile[];
  /** Files of other kinds in the chosen folder (images, scripts, styles of saved pages), not read. */
  ignored: number;
  /** Dataset events stored from bundles among the files. */
  events: number;
  /** Stopped by the reader: what was stored before stays, and importing again adds the rest. */
  cancelled: boolean;
  /** A write failed (a full disk): the files after it were not read. */
  error: string | null;
}

export interface FileImportOptions {
  parse: ParseHtml;
  signal?: AbortSignal;
  onProgress?: (progress: FileImportProgress) => void;
  /**
   * Articles stored per transaction: 200 by default. Each batch writes each of its keys' counts
   * once, so a larger batch writes fewer of them a page (on the development set's articles 23 a
   * page in batches of 50, 19.5 in batches of 200), and every IndexedDB request costs about a
   * tenth of a millisecond in Chromium.
   */
  batchSize?: number;
  /**
   * A batch is stored once it is this old (ms) even if smaller (1,000 by default): a page closed
   * mid-import loses at most about a second of reading, and a folder read in two seconds is
   * not stored all at the end.
   */
  batchMs?: number;
  /** Analysis elsewhere (a pool of workers); here, synchronously, by default. */
  analyze?: Analyze;
  /** Pages read ahead while earlier ones are analysed: about twice the workers. */
  inFlight?: number;
}

/**
 * Imports chosen files or a chosen folder into the archive: HTML pages (also gzipped), plain-text
 * articles and Backstory bundles. Each page goes through the pipeline a saved article does;
 * analysed articles are stored a batch per transaction. A file that cannot be an article, is off
 * topic or is in the archive already is listed with its reason, and the rest go on. Stop (the
 * signal) ends after the batch being stored: everything stored stays, and importing the same
 * files again adds only what is missing, never a second copy.
 */
export async function importFiles(db: ArchiveDB, entries: ImportEntry[], options: FileImportOptions): Promise<FileImportSummary> {
  const batchSize = options.batchSize ?? 200;
  const batchMs = options.batchMs ?? 1_000;
  let batchStarted = Date.now();
  const inFlight = Math.max(1, options.inFlight ?? 1);
  const started = Date.now();
  const chosen = entries
    .map((entry) => ({ entry, kind: importKindOf(entry.path) }))
    .filter((item): item is { entry: ImportEntry; kind: NonNullable<typeof item.kind> } => item.kind !== null)
    .sort((a, b) => (a.entry.path < b.entry.path ? -1 : a.entry.path > b.entry.path ? 1 : 0));
  // Pages and text files read several to a read (a bundle is streamed on its own).
  const reads = new GroupedReads(chosen.map(({ entry }) => entry.file), (i) => chosen[i]!.kind !== 'bundle');
  const totalBytes = chosen.reduce((sum, { entry }) => sum + entry.file.size, 0);
  const summary: FileImportSummary = { total: chosen.length, done: 0, added: 0, skipped: 0, elapsedMs: 0, skippedFiles: [], events: 0, ignored: entries.length - chosen.length, cancelled: false, error: null };
  let bytesDone = 0;
  let pending: ({ path: string } & ReadEntry)[] = [];

  const skip = (path: string, kind: SkipKind, reason: string) => {
    summary.skippedFiles.push({ path, kind, reason });
    summary.skipped += 1;
  };
  const report = (current: string) => {
    summary.elapsedMs = Date.now() - started;
    const msLeft = bytesDone > 0 ? Math.round((summary.elapsedMs * (totalBytes - bytesDone)) / bytesDone) : null;
    options.onProgress?.({ total: summary.total, done: summary.done, added: summary.added, skipped: summary.skipped, elapsedMs: summary.elapsedMs, msLeft, current });
  };
  // One transaction and one write per table for the batch, analysed before it. A batch is
  // written while the next pages are read (one batch in writing at a time, in order); `store`
  // waits for all writes, and a failed write stops the import at the next file.
  // Read when the first page is (a folder of bundles alone needs none).
  let known = KnownArticles.none();
  let knownRead = false;
  let writing: Promise<void> = Promise.resolve();
  let failure: unknown = null;
  const write = (batch: typeof pending) => async () => {
    const outcomes = await ingestArticles(db, batch.map(({ analyzed, text, hash }) => ({ analyzed, origin: 'imported' as const, hashed: { text, hash } })));
    outcomes.forEach((outcome, i) => {
      // Two chosen files with the same article: the second is found in the same batch.
      if (outcome.status === 'added') {
        summary.added += 1;
        known.remember(batch[i]!.canonical, batch[i]!.hash);
      } else skip(batch[i]!.path, 'duplicate', duplicateOf(outcome.duplicateOf).reason);
    });
  };
  const storeLater = async () => {
    if (failure) throw failure;
    if (pending.length === 0) return;
    // At most one batch waits behind the one being written.
    await writing;
    if (failure) throw failure;
    writing = writing.then(write(pending)).catch((error: unknown) => void (failure ??= error));
    pending = [];
    batchStarted = Date.now();
  };
  const store = async () => {
    await storeLater();
    await writing;
    if (failure) throw failure;
  };

  // Pages in flight, in the order chosen: read, parsed and extracted here while earlier ones are
  // analysed (in workers when the caller gives them), then stored in that order.
  const window: { entry: ImportEntry; result: Promise<ReadEntry> }[] = [];
  const settle = async () => {
    const { entry, result } = window.shift()!;
    try {
      pending.push({ path: entry.path, ...(await result) });
    } catch (error) {
      if (!(error instanceof FileSkipped)) throw error;
      skip(entry.path, error.kind, error.reason);
    }
    summary.done += 1;
    bytesDone += entry.file.size;
    if (pending.length >= batchSize || (pending.length > 0 && Date.now() - batchStarted >= batchMs)) await storeLater();
  };

  report(chosen[0]?.entry.path ?? '');
  try {
    for (const [index, { entry, kind }] of chosen.entries()) {
      report(entry.path);
      if (options.signal?.aborted) {
        summary.cancelled = true;
        break;
      }
      if (kind === 'bundle') {
        while (window.length > 0) await settle();
        await store();
        if (!(await importBundleFile(db, entry, summary, skip, options.signal))) break;
        // The bundle's articles are in the archive now.
        knownRead = false;
        summary.done += 1;
        bytesDone += entry.file.size;
        continue;
      }
      if (!knownRead) {
        known = await KnownArticles.read(db, chosen.length - summary.done);
        knownRead = true;
      }
      const result = readArticleEntry(db, entry, kind, options.parse, known, options.analyze, () => reads.read(index));
      result.catch(() => undefined); // handled when settled, in order
      window.push({ entry, result });
      while (window.length >= inFlight) await settle();
    }
    while (window.length > 0) await settle();
    await store();
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    summary.error = describeStorageError(error, 'the files after it were not imported') ?? `The archive could not be written (${message}).`;
  }
  // The counts are final only once the last write has ended.
  await writing;
  report('');
  return summary;
}

/** A bundle among the chosen files, merged as the Import bundle button does; false when the import must end there. */
async function importBundleFile(db: ArchiveDB, entry: ImportEntry, summary: FileImportSummary, skip: (path: string, kind: SkipKind, reason: string) => void, signal?: AbortSignal): Promise<boolean> {
  try {
    const outcome = await importBundleStream(db, blobText(entry.file, () => new FileSkipped('unreadable', `${entry.path} could not be read (was it moved or deleted?)`)), { origin: 'imported', signal });
    summary.added += outcome.added;
    summary.events += outcome.events?.stored ?? 0;
    if (outcome.events?.newerKept) skip(entry.path, 'duplicate', `${outcome.events.newerKept.toLocaleString('en')} of its dataset events kept as your archive has them (a newer import)`);
    if (outcome.duplicates > 0) skip(entry.path, 'duplicate', `${outcome.duplicates.toLocaleString('en')} of its ${outcome.total.toLocaleString('en')} articles already in your archive`);
    return true;
  } catch (error) {
    if (error instanceof BundleError || error instanceof FileSkipped) {
      skip(entry.path, 'unreadable', error instanceof BundleError ? `not a bundle Backstory can read: ${error.message}` : error.reason);
      return true;
    }
    if (!(error instanceof ImportStopped)) throw error;
    summary.added += error.summary.added;
    summary.events += error.summary.events?.stored ?? 0;
    if (error.reason === 'cancelled') summary.cancelled = true;
    else summary.error = describeStorageError(error.cause, 'the rest of this bundle and the files after it were not imported') ?? error.message;
    return false;
  }
}
