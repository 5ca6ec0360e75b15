// Bundled by bench/chromiumDatasets.ts and evaluated in the built extension's archive page, so
// the archive code runs on Chromium's own IndexedDB. It reuses bench/chromium/inPage.ts (its
// `__bench`: fill with replicated articles, storage usage) and adds the dataset and file imports
// and the panel's lookup for one article.
import './chromium/inPage';
import { zipSync } from 'fflate';
import { checkArticle } from '../src/archive';
import { ingestArticles } from '../src/archive/ingest';
import { datasetNumberDisagreements } from '../src/archive/datasetNumbers';
import { ArchiveDB } from '../src/archive/db';
import { importFiles, type ImportEntry } from '../src/archive/fileImport';
import { concatBytes } from '../src/archive/fileImportRead';
import { analyzerPool, type AnalyzerPool } from '../src/archive/fileImportWorkers';
import { findPriorEvents, flattenPriorEvents } from '../src/archive/priorEvents';
import type { AnalyzedArticle } from '../src/core/types';
import { articleRows } from '../src/archive/articleRows';
import { detectPage } from '../src/core/detect';
import { extractArticle } from '../src/core/extract';
import { analyzeExtracted } from '../src/core/pipeline';
import { importDatasetFile } from '../src/datasets/importDatasetFile';
import { readDataset } from '../src/datasets/readDataset';
import Dexie from 'dexie';
import type { DatasetEventRecord } from '../src/archive/records';
import { compactPriorEvents } from '../entrypoints/background/compactPriorEvents';
import { ACLED_HEADER, UCDP_HEADER, acledLine, gdeltRowLine, generated, ucdpLine } from './datasetRows';

let db: ArchiveDB | null = null;
const archive = (): ArchiveDB => (db ??= new ArchiveDB());
let pages: ImportEntry[] = [];
let prepared: AnalyzerPool | null = null;

async function fileOf(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return concatBytes(parts);
}

async function* blobChunks(blob: Blob): AsyncGenerator<Uint8Array> {
  const reader = blob.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

const FORMATS = {
  acled: (rows: number) => fileOf(generated(rows, ACLED_HEADER.join(','), acledLine)),
  ucdp: (rows: number) => fileOf(generated(rows, UCDP_HEADER.join(','), ucdpLine)),
  gdelt: async (rows: number) => zipSync({ 'generated.export.CSV': await fileOf(generated(rows, null, gdeltRowLine)) }),
};

const datasetBench = {
  /** A generated file of `rows` rows made in the page (not timed), then imported as the archive page imports a chosen file. */
  async importEvents(format: keyof typeof FORMATS, rows: number) {
    const file = new Blob([(await FORMATS[format](rows)) as BlobPart]);
    const start = performance.now();
    const result = await importDatasetFile(file, archive());
    return { ms: performance.now() - start, bytes: file.size, read: result.read, kept: result.kept, skipped: result.skippedCount };
  },
  /**
   * Where an import's time goes (`--profile`): reading and joining alone (no storing), then the
   * same rows stored 2,000 to a transaction in scratch databases with the table's indexes and
   * with its key alone; milliseconds each. The scratch databases spoil the run's storage figures.
   */
  async profileEvents(format: keyof typeof FORMATS, rows: number) {
    const file = new Blob([(await FORMATS[format](rows)) as BlobPart]);
    let start = performance.now();
    const batches: DatasetEventRecord[][] = [];
    let keys = 0;
    for await (const batch of readDataset(blobChunks(file))) {
      batches.push(batch.records);
      for (const r of batch.records) keys += r.placeDays.length;
    }
    const read = performance.now() - start;
    // Measured on 28 November 2026: raw IndexedDB puts, relaxed durability and 10,000 rows to a
    // transaction were no faster than Dexie's bulkPut of 2,000; the indexes cost about a third.
    const stores: Record<string, number> = {};
    for (const [name, schema] of [['as stored', '[dataset+sourceId], date, *placeDays'], ['key only', '[dataset+sourceId]']] as const) {
      const scratch = new Dexie(`bench-profile-${name}`);
      scratch.version(1).stores({ datasetEvents: schema });
      start = performance.now();
      for (const records of batches) await scratch.transaction('rw', 'datasetEvents', () => scratch.table('datasetEvents').bulkPut(records));
      stores[name] = performance.now() - start;
      await scratch.delete();
    }
    const kept = batches.reduce((n, b) => n + b.length, 0);
    return { read, stores, kept, keysPerRow: keys / kept };
  },
  async countEvents(): Promise<number> {
    return archive().datasetEvents.count();
  },
  /** Pages handed over from Node, kept as Files in the page until imported. */
  addPages(batch: { path: string; html: string }[]): number {
    for (const { path, html } of batch) pages.push({ path, file: new File([html], path.split('/').pop()!, { type: 'text/html' }) });
    return pages.length;
  },
  /**
   * The analysis workers started and warmed as FileImport.tsx does when the reader opens the
   * file picker, before any file is chosen: the next importPages takes them. Milliseconds until
   * all are warm.
   */
  async prepareWorkers(workerPath: string, workers?: number): Promise<number> {
    const start = performance.now();
    prepared = analyzerPool(() => new Worker(`/${workerPath}`, { type: 'module' }), workers);
    await prepared.warmUp();
    return performance.now() - start;
  },
  /** The archive page's folder import over the pages handed over (DOMParser, the saved-article pipeline). */
  async importPages(workerPath: string | null, tuning: { inFlight?: number; batchSize?: number; workers?: number } = {}) {
    const start = performance.now();
    const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
    // The built extension's own worker (FileImport.tsx starts the same pool), prepared or started
    // now, or none: one thread.
    const pool = workerPath ? prepared ?? analyzerPool(() => new Worker(`/${workerPath}`, { type: 'module' }), tuning.workers) : null;
    prepared = null;
    const summary = await importFiles(archive(), pages, { parse, analyze: pool?.analyze, inFlight: tuning.inFlight ?? (pool ? pool.size * 2 : 1), batchSize: tuning.batchSize }).finally(() => pool?.close());
    const kinds: Record<string, number> = {};
    for (const file of summary.skippedFiles) kinds[file.kind] = (kinds[file.kind] ?? 0) + 1;
    return { ms: performance.now() - start, files: pages.length, added: summary.added, skipped: kinds, error: summary.error, workers: pool?.size ?? 0 };
  },
  /** Milliseconds per stage over the pages handed over, each stage alone (what to make faster). */
  async profilePages() {
    const total = { read: 0, parse: 0, detect: 0, extract: 0, analyze: 0, rows: 0, store: 0 };
    const analysed: AnalyzedArticle[] = [];
    for (const { file, path } of pages) {
      let t = performance.now();
      const html = await file.text();
      const lap = (stage: keyof typeof total) => {
        const now = performance.now();
        total[stage] += now - t;
        t = now;
      };
      lap('read');
      const doc = new DOMParser().parseFromString(html, 'text/html');
      lap('parse');
      const detection = detectPage(doc, path);
      lap('detect');
      if (!detection.relevant) continue;
      const article = extractArticle(doc, path);
      lap('extract');
      const analyzed = analyzeExtracted(article, detection);
      lap('analyze');
      articleRows(analyzed, 'imported', '');
      lap('rows');
      analysed.push(analyzed);
    }
    // Storing alone, 200 to a transaction as the import stores them, in a database of its own.
    const scratch = new ArchiveDB('bench-profile-store');
    const start = performance.now();
    for (let i = 0; i < analysed.length; i += 200) await ingestArticles(scratch, analysed.slice(i, i + 200).map((analyzed) => ({ analyzed, origin: 'imported' as const })));
    total.store = performance.now() - start;
    await scratch.delete();
    return { ...total, pages: pages.length, stored: analysed.length };
  },
  clearPages(): void {
    pages = [];
  },
  /**
   * What the background does before the panel shows an article (matchIntoState): the check and
   * the prior events together, the dataset's numbers against the article's, the compact rows
   * for the tab state; milliseconds per query, and events found.
   */
  async panel(queries: AnalyzedArticle[]): Promise<{ times: number[]; check: number[]; prior: number[]; events: number; related: number }> {
    const times: number[] = [];
    const checkTimes: number[] = [];
    const priorTimes: number[] = [];
    let events = 0;
    let related = 0;
    for (const query of queries) {
      const start = performance.now();
      const [check, prior] = await Promise.all([
        checkArticle(archive(), query).finally(() => checkTimes.push(performance.now() - start)),
        findPriorEvents(archive(), query).finally(() => priorTimes.push(performance.now() - start)),
      ]);
      datasetNumberDisagreements(query, flattenPriorEvents(prior));
      compactPriorEvents(prior);
      times.push(performance.now() - start);
      events += prior.reduce((n, group) => n + group.events.length, 0);
      related += check.related.length;
    }
    return { times, check: checkTimes, prior: priorTimes, events, related };
  },
};

(globalThis as unknown as { __datasetBench: typeof datasetBench }).__datasetBench = datasetBench;
