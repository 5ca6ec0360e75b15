import { columnsOf } from './columns';
import { countryCodeOf, datasetEvent, isCountryActor, isoDay, malformed, numberField, textOrNull, type RowOutcome } from './datasetEvent';
import { acledType, cameoOfType } from './eventKinds';

/** Columns every ACLED export has (codebook): without them a file is not read as ACLED. */
export const ACLED_REQUIRED = ['event_id_cnty', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'country', 'location', 'latitude', 'longitude', 'fatalities'];

/**
 * Reads ACLED rows by the codebook's column names. A row is kept when it happened in Russia,
 * Belarus or Ukraine or names one of their forces among its actors (Russian forces in Syria).
 */
export function acledRows(header: string[]): (fields: string[], importedAt: string) => RowOutcome {
  const { read, count } = columnsOf(header);
  return (fields, importedAt) => {
    if (fields.length !== count) return malformed(`${fields.length} columns where the header has ${count}`);
    const col = (name: string) => read(fields, name).trim();
    const actors = ['actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2']
      .flatMap((name) => col(name).split(';').map((a) => a.trim()))
      .filter((a) => a !== '');
    const country = countryCodeOf(col('country'));
    if (!country && !actors.some(isCountryActor)) return { kind: 'irrelevant' };
    const sourceId = col('event_id_cnty');
    if (!sourceId) return malformed('no event_id_cnty');
    const date = isoDay(col('event_date'));
    if (!date) return malformed(`event_date "${col('event_date').slice(0, 40)}" is no date`);
    const fatalities = numberField(col('fatalities'));
    const lat = numberField(col('latitude'));
    const lon = numberField(col('longitude'));
    if (fatalities === undefined || lat === undefined || lon === undefined) return malformed('fatalities, latitude or longitude is not a number');
    const type = acledType(col('event_type'), col('sub_event_type'));
    return {
      kind: 'event',
      record: datasetEvent({
        dataset: 'acled',
        sourceId,
        date,
        place: { name: col('location'), admin1: textOrNull(col('admin1')), admin2: textOrNull(col('admin2')), country: country ?? textOrNull(col('country')), lat, lon },
        actors,
        type,
        cameo: cameoOfType(type),
        datasetType: [col('event_type'), col('sub_event_type')].filter(Boolean).join(' / '),
        fatalities,
        notes: textOrNull(col('notes')),
        source: textOrNull(col('source')),
        sourceUrl: null,
      }, importedAt),
    };
  };
}
