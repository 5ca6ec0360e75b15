import { importDatasetFile, type DatasetProgress } from '@/src/datasets/importDatasetFile';
import { NotADataset, type SkippedRow } from '@/src/datasets/readDataset';
import { formatDuration } from '@/src/ui/timeLeft';
import { archiveDb, tellBackground } from './pageArchive';
import type { Busy } from './Progress';

const DATASET_LABEL = { acled: 'ACLED', ucdp: 'UCDP GED', gdelt: 'GDELT' } as const;

/** Rows a finished import could not read, for the list shown after it. */
export interface SkippedReport {
  file: string;
  count: number;
  rows: SkippedRow[];
}

/** "40% of the file, about 12 s left", from the importer's byte counts. */
export function progressDetail(progress: DatasetProgress): string {
  const parts: string[] = [];
  if (progress.totalBytes) parts.push(`${Math.floor((100 * progress.bytesRead) / progress.totalBytes)}% of the file`);
  if (progress.msLeft !== null && progress.msLeft > 0) parts.push(`about ${formatDuration(progress.msLeft)} left`);
  if (progress.skippedCount > 0) parts.push(`${progress.skippedCount.toLocaleString('en')} skipped`);
  return parts.join(', ');
}

/**
 * Imports a conflict-event file chosen on the archive page into the archive, reporting progress
 * through `busy`; answers the notice to show and the rows skipped. Stop keeps what was stored.
 */
export async function importDatasetChosen(
  file: File,
  busy: (update: Omit<Busy, 'stop'>) => void,
  signal: AbortSignal,
): Promise<{ notice: string; skipped: SkippedReport | null }> {
  busy({ label: `Importing ${file.name}`, done: 0, total: 0, unit: 'events kept', fraction: 0 });
  let result;
  try {
    result = await importDatasetFile(file, archiveDb(), {
      signal,
      onProgress: (progress) =>
        busy({
          label: `Importing ${file.name} (${DATASET_LABEL[progress.dataset]})`,
          done: progress.kept,
          total: 0,
          unit: 'events kept',
          fraction: progress.totalBytes ? progress.bytesRead / progress.totalBytes : undefined,
          detail: progressDetail(progress),
        }),
    });
  } catch (error) {
    if (error instanceof NotADataset) {
      throw new Error(`${file.name} is not an ACLED, UCDP GED or GDELT 2.0 export: ${error.message}`);
    }
    throw error;
  } finally {
    void tellBackground();
  }
  const label = DATASET_LABEL[result.dataset];
  const n = (count: number) => count.toLocaleString('en');
  const notice =
    `${result.cancelled ? 'Stopped: kept' : 'Imported'} ${n(result.kept)} ${label} event${result.kept === 1 ? '' : 's'} of ${n(result.read)} rows read` +
    ` (${n(result.outside)} outside Russia, Belarus and Ukraine, ${n(result.skippedCount)} skipped).` +
    (result.cancelled ? ' Import the file again to finish: no row is stored twice.' : '');
  const skipped = result.skippedCount > 0 ? { file: file.name, count: result.skippedCount, rows: result.skipped } : null;
  return { notice, skipped };
}
