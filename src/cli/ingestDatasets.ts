import { openAsBlob, openSync, readSync, closeSync } from 'node:fs';
import type { ArchiveDB } from '../archive';
import { detectDataset } from '../datasets/detectDataset';
import { importDatasetFile, type DatasetProgress } from '../datasets/importDatasetFile';
import { NotADataset, type SkippedRow } from '../datasets/readDataset';
import { formatDuration } from '../ui/timeLeft';

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

/** Seconds between plain progress lines when stderr is no terminal (a log, a pipe). */
const PLAIN_EVERY_MS = 5_000;

/**
 * Streams each dataset file into the archive, 2,000 rows per transaction. On a terminal a
 * progress bar with counts and time left is redrawn in place; elsewhere a plain line is written
 * every few seconds and one when the file is done. A file that turns out to be no dataset (a zip
 * of something else) is reported in `unreadable`.
 */
export async function ingestDatasets(db: ArchiveDB, files: string[]): Promise<{ files: DatasetFileSummary[]; unreadable: { file: string; reason: string }[]; total: number }> {
  const summaries: DatasetFileSummary[] = [];
  const unreadable: { file: string; reason: string }[] = [];
  const tty = process.stderr.isTTY === true;
  for (const file of files) {
    let lastLine = Date.now();
    try {
      // A Blob of the file: streamed as before, and its size known, so the bar and the time left can be drawn.
      const result = await importDatasetFile(await openAsBlob(file), db, {
        onProgress: (p) => {
          if (tty) process.stderr.write(`\r${progressLine(file, p)}\x1b[K`);
          else if (Date.now() - lastLine >= PLAIN_EVERY_MS) {
            lastLine = Date.now();
            process.stderr.write(`backstory: ${plainLine(file, p)}\n`);
          }
        },
      });
      process.stderr.write(tty ? '\n' : `backstory: ${plainLine(file, result)}, done\n`);
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

const share = (p: DatasetProgress) => (p.totalBytes ? Math.min(1, p.bytesRead / p.totalBytes) : 0);
const timeLeft = (p: DatasetProgress) => (p.msLeft === null || p.msLeft <= 0 ? '' : `, ${formatDuration(p.msLeft)} left`);

/** The terminal's line: a bar of the bytes read, the rows' counts and the time left. */
export function progressLine(file: string, p: DatasetProgress): string {
  const bar = '#'.repeat(Math.round(share(p) * 20)).padEnd(20, '.');
  return `${file} [${bar}] ${counts(p)}${timeLeft(p)}`;
}

/** A log's line: the same counts and time left, with the share read in per cent instead of a bar. */
export function plainLine(file: string, p: DatasetProgress): string {
  return `${file}: ${Math.round(share(p) * 100)}%, ${counts(p)}${timeLeft(p)}`;
}

const counts = (p: DatasetProgress) => `${p.read.toLocaleString('en')} row${p.read === 1 ? '' : 's'}, ${p.kept.toLocaleString('en')} kept, ${p.skippedCount.toLocaleString('en')} skipped`;
