import type { DatasetEventRecord, DatasetName } from '../archive/records';
import { acledRows } from './acledRows';
import { delimitedRecords } from './csvRecords';
import type { RowOutcome } from './datasetEvent';
import { detectDataset } from './detectDataset';
import { gdeltRow } from './gdeltRows';
import { textChunks } from './textChunks';
import { ucdpRows } from './ucdpRows';

export interface SkippedRow {
  line: number;
  reason: string;
}

/** Counts so far; `skipped` lists at most MAX_LISTED rows, `skippedCount` counts them all. */
export interface DatasetCounts {
  dataset: DatasetName;
  read: number;
  kept: number;
  /** Rows read correctly that involve none of Russia, Belarus, Ukraine. */
  outside: number;
  skippedCount: number;
  skipped: SkippedRow[];
}

export interface DatasetBatch {
  records: DatasetEventRecord[];
  counts: DatasetCounts;
}

export class NotADataset extends Error {}

export const BATCH_SIZE = 2_000;
const MAX_LISTED = 1_000;

/**
 * Reads a dataset file as it streams, yielding its kept rows in batches of BATCH_SIZE with the
 * counts so far, so the caller stores each batch before the next is read: memory holds one
 * batch, never the file. The format is told by the first line (detectDataset); a file that is
 * no dataset throws NotADataset before any row. A malformed row is listed with its line and
 * reason and reading goes on.
 */
export async function* readDataset(
  bytes: AsyncIterable<Uint8Array>,
  options: { importedAt?: string; batchSize?: number } = {},
): AsyncGenerator<DatasetBatch> {
  const importedAt = options.importedAt ?? new Date().toISOString();
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const text = textChunks(bytes);
  const { firstLine, chunks } = await peekFirstLine(text);
  const format = detectDataset(firstLine);
  if ('unknown' in format) throw new NotADataset(format.unknown);
  const counts: DatasetCounts = { dataset: format.dataset, read: 0, kept: 0, outside: 0, skippedCount: 0, skipped: [] };
  const skip = (line: number, reason: string) => {
    counts.skippedCount++;
    if (counts.skipped.length < MAX_LISTED) counts.skipped.push({ line, reason });
  };
  let readRow: ((fields: string[], importedAt: string) => RowOutcome) | null = format.header ? null : gdeltRow;
  let records: DatasetEventRecord[] = [];
  const records$ = delimitedRecords(chunks, { delimiter: format.delimiter, quotes: format.header });
  for await (const { fields, line, unterminated } of records$) {
    if (!readRow) {
      readRow = format.dataset === 'acled' ? acledRows(fields) : ucdpRows(fields);
      continue;
    }
    counts.read++;
    if (unterminated) { skip(line, 'a quoted field is never closed'); continue; }
    let outcome: RowOutcome;
    try {
      outcome = readRow(fields, importedAt);
    } catch (error) {
      outcome = { kind: 'malformed', reason: error instanceof Error ? error.message : String(error) };
    }
    if (outcome.kind === 'malformed') skip(line, outcome.reason);
    else if (outcome.kind === 'irrelevant') counts.outside++;
    else {
      counts.kept++;
      records.push(outcome.record);
      if (records.length >= batchSize) {
        yield { records, counts: snapshot(counts) };
        records = [];
      }
    }
  }
  yield { records, counts: snapshot(counts) };
}

const snapshot = (counts: DatasetCounts): DatasetCounts => ({ ...counts, skipped: [...counts.skipped] });

/** The text up to the first line break, and the whole text again as a stream. */
async function peekFirstLine(text: AsyncGenerator<string>): Promise<{ firstLine: string; chunks: AsyncIterable<string> }> {
  const seen: string[] = [];
  let joined = '';
  while (!joined.includes('\n') && joined.length < 1_000_000) {
    const next = await text.next();
    if (next.done) break;
    seen.push(next.value);
    joined += next.value;
  }
  const end = joined.indexOf('\n');
  async function* again() {
    yield* seen;
    yield* text;
  }
  return { firstLine: end < 0 ? joined : joined.slice(0, end), chunks: again() };
}
