import type { ArchiveDB } from './db';
import type { DatasetEventRecord } from './records';

/**
 * Stores one batch of dataset events in one transaction. The table's key is [dataset+sourceId],
 * so a row imported before is replaced by the newer import's (ACLED revises fatalities and
 * notes between exports), never stored twice: re-running an import that stopped halfway is safe.
 */
export async function storeDatasetEvents(db: ArchiveDB, records: DatasetEventRecord[]): Promise<void> {
  if (records.length === 0) return;
  await db.transaction('rw', db.datasetEvents, () => db.datasetEvents.bulkPut(records));
}

/** How many dataset events the archive holds. */
export function countDatasetEvents(db: ArchiveDB): Promise<number> {
  return db.datasetEvents.count();
}
