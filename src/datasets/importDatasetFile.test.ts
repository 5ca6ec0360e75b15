import { describe, expect, it } from 'vitest';
import { freshArchive } from '../archive/testing';
import { importDatasetFile, type DatasetProgress } from './importDatasetFile';
import { NotADataset } from './readDataset';
import { ACLED_HEADER, bytesOf, csvRow } from './testing/datasetFiles';

function acledFile(rows: number, fatalities: number): string {
  const lines = [ACLED_HEADER.join(',')];
  for (let i = 0; i < rows; i++) {
    lines.push(csvRow(ACLED_HEADER, {
      event_id_cnty: `UKR${5000 + i}`, event_date: '2023-01-12', event_type: 'Battles', sub_event_type: 'Armed clash',
      actor1: 'Military Forces of Russia (2000-)', country: 'Ukraine', admin1: 'Donetsk', location: i % 2 ? 'Soledar' : 'Bakhmut',
      latitude: 48.6, longitude: 38.0, fatalities,
    }));
  }
  return lines.join('\n');
}

describe('importDatasetFile', () => {
  it('stores every kept row, reports progress per batch, and a second import of a revised export updates rows instead of doubling them', async () => {
    const db = freshArchive('import-datasets');
    const progress: DatasetProgress[] = [];
    const first = await importDatasetFile(new Blob([acledFile(4500, 1)]), db, { onProgress: (p) => progress.push(p) });
    expect(first).toMatchObject({ dataset: 'acled', read: 4500, kept: 4500, cancelled: false });
    expect(await db.datasetEvents.count()).toBe(4500);
    // Three writes of at most 2,000 rows, each reported with the bytes read so far.
    expect(progress.map((p) => p.kept)).toEqual([2000, 4000, 4500]);
    expect(progress.at(-1)!.bytesRead).toBe(progress.at(-1)!.totalBytes);

    await importDatasetFile(bytesOf(acledFile(4500, 2)), db);
    expect(await db.datasetEvents.count()).toBe(4500);
    expect((await db.datasetEvents.get(['acled', 'UKR5001']))?.fatalities).toBe(2);
    db.close();
  });

  it('stops between batches when cancelled, keeping what was stored', async () => {
    const db = freshArchive('import-cancel');
    const controller = new AbortController();
    const result = await importDatasetFile(bytesOf(acledFile(5000, 0), 4096), db, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(result.cancelled).toBe(true);
    expect(await db.datasetEvents.count()).toBe(2000);
    db.close();
  });

  it('stops at a write that fails (a full disk), keeping the batches stored before it and reading no further', async () => {
    const db = freshArchive('import-write-fails');
    const put = db.datasetEvents.bulkPut.bind(db.datasetEvents);
    let writes = 0;
    db.datasetEvents.bulkPut = ((records: Parameters<typeof put>[0]) => {
      writes += 1;
      return writes === 2 ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : put(records);
    }) as typeof put;
    const progress: number[] = [];
    await expect(importDatasetFile(bytesOf(acledFile(9000, 0), 4096), db, { onProgress: (p) => progress.push(p.kept) })).rejects.toThrow(/quota/);
    expect(writes).toBe(2);
    expect(progress).toEqual([2000]);
    expect(await db.datasetEvents.count()).toBe(2000);
    db.close();
  });

  it('refuses a file that is no dataset, storing nothing', async () => {
    const db = freshArchive('import-refused');
    await expect(importDatasetFile(bytesOf('Putin arrives in Minsk\n\nVladimir Putin arrived in Minsk on Monday.'), db)).rejects.toThrow(NotADataset);
    expect(await db.datasetEvents.count()).toBe(0);
    db.close();
  });
});
