import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import type { ArchiveDB } from '../archive';
import { detectDataset } from '../datasets/detectDataset';
import { importDatasetFile, type DatasetProgress } from '../datasets/importDatasetFile';
import { NotADataset, type SkippedRow } from '../datasets/readDataset';

/** What `ingest` says about one dataset file. */
export interface DatasetFileSummary {
  file: string;
  dataset: string;
  read: number;
  kept: number;
  outside: number;
  skippedCount: number;
  skipped: SkippedRow[];
}

const TABLE_NAME = /\.(csv|tsv|txt|zip)$/i;

/**
 * Whether `file` is to be read as an event dataset: a .csv, .tsv, .txt or .zip whose first line
 * is an ACLED or UCDP GED header or a GDELT 2.0 row (a zip is opened when read). A .txt that is
 * an article stays an article: the name alone never decides.
 */
export function isDatasetFile(file: string): boolean {
  if (!TABLE_NAME.test(file)) return false;
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(16_384);
    const n = readSync(fd, head, 0, head.length, 0);
    if (n >= 4 && head.readUInt32LE(0) === 0x04034b50) return true; // PK\3\4: only datasets come zipped
    const text = head.subarray(0, n).toString('utf8');
    return !('unknown' in detectDataset(text.split('\n')[0] ?? ''));
  } catch {
    return false; // unreadable: the article reader says why
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Streams each dataset file into the archive, 2,000 rows per transaction. A progress line is
 * redrawn on a terminal; elsewhere nothing is drawn and the summary says it all. A file that
 * turns out to be no dataset (a zip of something else) is reported in `unreadable`.
 */
export async function ingestDatasets(db: ArchiveDB, files: string[]): Promise<{ files: DatasetFileSummary[]; unreadable: { file: string; reason: string }[]; total: number }> {
  const summaries: DatasetFileSummary[] = [];
  const unreadable: { file: string; reason: string }[] = [];
  const tty = process.stderr.isTTY === true;
  for (const file of files) {
    try {
      const result = await importDatasetFile(createReadStream(file, { highWaterMark: 256 * 1024 }), db, {
        onProgress: tty ? (p) => process.stderr.write(`\r${progressLine(file, p)}`) : undefined,
      });
      if (tty) process.stderr.write('\n');
      const { dataset, read, kept, outside, skippedCount, skipped } = result;
      summaries.push({ file, dataset, read, kept, outside, skippedCount, skipped });
    } catch (error) {
      if (tty) process.stderr.write('\n');
      if (!(error instanceof NotADataset) && !(error instanceof Error && /zip/i.test(error.message))) throw error;
      unreadable.push({ file, reason: error.message });
    }
  }
  return { files: summaries, unreadable, total: await db.datasetEvents.count() };
}

function progressLine(file: string, p: DatasetProgress): string {
  const share = p.totalBytes ? p.bytesRead / p.totalBytes : 0;
  const bar = '#'.repeat(Math.round(share * 20)).padEnd(20, '.');
  const left = p.msLeft === null ? '' : `, ${Math.ceil(p.msLeft / 1000)} s left`;
  return `${file} [${bar}] ${p.read} rows, ${p.kept} kept, ${p.skippedCount} skipped${left}`;
}
