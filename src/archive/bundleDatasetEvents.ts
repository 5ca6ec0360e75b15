import { datasetEvent, isoDay, type EventFields } from '../datasets/datasetEvent';
import type { ArchiveDB } from './db';
import { FieldReader } from './fieldReader';
import { DATASET_NAMES, type DatasetEventRecord } from './records';

/**
 * A dataset event as a bundle carries it (the bundle's "datasetEvents" list): the row's own
 * fields and its import time. Gazetteer ids and index keys are derived again on import, so a
 * bundle written before a gazetteer update is indexed by the new one, and a file cannot plant
 * index keys the row does not justify.
 */
export type BundleDatasetEvent = EventFields & { dateEnd: string; importedAt: string };

export function bundleDatasetEventOf(record: DatasetEventRecord): BundleDatasetEvent {
  const { placeIds: _ids, placeDays: _days, ...fields } = record;
  return fields;
}

/** One element of a bundle's "datasetEvents", checked field by field, as the archive stores it. */
export function readBundleDatasetEvent(value: unknown, index: number): DatasetEventRecord {
  const field = FieldReader.of(value, `datasetEvents[${index}]`);
  const day = (name: string) => isoDay(field.string(name)) ?? field.fail(name, 'must be a date (YYYY-MM-DD)');
  const place = field.object('place');
  const fields: EventFields = {
    dataset: field.oneOf('dataset', DATASET_NAMES),
    sourceId: field.nonEmptyString('sourceId'),
    date: day('date'),
    dateEnd: field.has('dateEnd') ? day('dateEnd') : undefined,
    place: {
      name: place.string('name'),
      admin1: place.nullableString('admin1'),
      admin2: place.nullableString('admin2'),
      country: place.nullableString('country'),
      lat: place.nullableNumber('lat'),
      lon: place.nullableNumber('lon'),
    },
    actors: field.strings('actors'),
    type: field.nonEmptyString('type'),
    cameo: field.nullableString('cameo'),
    datasetType: field.string('datasetType'),
    fatalities: field.nullableNumber('fatalities'),
    ...(field.has('fatalitiesLow') ? { fatalitiesLow: field.nullableNumber('fatalitiesLow') } : {}),
    ...(field.has('fatalitiesHigh') ? { fatalitiesHigh: field.nullableNumber('fatalitiesHigh') } : {}),
    notes: field.nullableString('notes'),
    source: field.nullableString('source'),
    sourceUrl: field.nullableString('sourceUrl'),
  };
  return datasetEvent(fields, field.isoDate('importedAt'));
}

/**
 * Stores a bundle's dataset events in one transaction, merged with the archive's: a row the
 * archive holds from a later import (a newer export, with revised deaths or notes) is kept, never
 * replaced by the bundle's older copy. Answers how many were stored and how many kept as they were.
 */
export async function mergeDatasetEvents(db: ArchiveDB, records: DatasetEventRecord[]): Promise<{ stored: number; newerKept: number }> {
  if (records.length === 0) return { stored: 0, newerKept: 0 };
  return db.transaction('rw', db.datasetEvents, async () => {
    const existing = await db.datasetEvents.bulkGet(records.map((record): [string, string] => [record.dataset, record.sourceId]));
    const wanted = records.filter((record, i) => !existing[i] || existing[i]!.importedAt <= record.importedAt);
    await db.datasetEvents.bulkPut(wanted);
    return { stored: wanted.length, newerKept: records.length - wanted.length };
  });
}
