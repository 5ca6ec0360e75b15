import type { ArchiveDB } from '../archive/db';
import { storeDatasetEvents } from '../archive/datasetEvents';
import { msLeftFor } from '../ui/timeLeft';
import { readDataset, type DatasetCounts } from './readDataset';

export interface DatasetProgress extends DatasetCounts {
  bytesRead: number;
  /** Size of the file, null for a stream of unknown length. */
  totalBytes: number | null;
  elapsedMs: number;
  /** Estimated from bytes read so far; null until a few bytes are in or without a size. */
  msLeft: number | null;
}

export interface ImportDatasetOptions {
  onProgress?: (progress: DatasetProgress) => void;
  signal?: AbortSignal;
  importedAt?: string;
}

/**
 * Imports an ACLED, UCDP GED or GDELT 2.0 file (plain or zipped) into the archive: read as it
 * streams, stored 2,000 rows per transaction, progress after each batch. What the options page
 * calls with a chosen File, and the command line with a file stream. Cancelling (the signal)
 * stops between batches: what was stored stays, and importing the file again completes it
 * without doubling a row. Throws NotADataset when the file is none of the three.
 */
export async function importDatasetFile(
  source: Blob | AsyncIterable<Uint8Array>,
  db: ArchiveDB,
  options: ImportDatasetOptions = {},
): Promise<DatasetProgress & { cancelled: boolean }> {
  const started = Date.now();
  const totalBytes = isBlob(source) ? source.size : null;
  let bytesRead = 0;
  const counted = countBytes(isBlob(source) ? blobChunks(source) : source, (n) => (bytesRead += n));
  let last: DatasetProgress | null = null;
  for await (const batch of readDataset(counted, { importedAt: options.importedAt })) {
    if (options.signal?.aborted) return { ...(last ?? progressOf(batch.counts)), cancelled: true };
    await storeDatasetEvents(db, batch.records);
    last = progressOf(batch.counts);
    options.onProgress?.(last);
  }
  return { ...last!, cancelled: false };

  function progressOf(counts: DatasetCounts): DatasetProgress {
    const elapsedMs = Date.now() - started;
    const msLeft = totalBytes ? msLeftFor(bytesRead, totalBytes - bytesRead, elapsedMs, 1) : null;
    return { ...counts, bytesRead, totalBytes, elapsedMs, msLeft };
  }
}

const isBlob = (source: unknown): source is Blob => typeof Blob !== 'undefined' && source instanceof Blob;

async function* blobChunks(blob: Blob): AsyncGenerator<Uint8Array> {
  // A reader loop rather than `for await` over the stream: async iteration of ReadableStream is
  // missing in some browsers the extension supports.
  const reader = blob.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

async function* countBytes(chunks: AsyncIterable<Uint8Array>, add: (n: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    add(chunk.length);
    yield chunk;
  }
}
