import { columnsOf } from './columns';
import { countryCodeOf, datasetEvent, isCountryActor, isoDay, malformed, numberField, textOrNull, type RowOutcome } from './datasetEvent';
import { UCDP_VIOLENCE, cameoOfType, ucdpType } from './eventKinds';

/** Columns of the UCDP Georeferenced Event Dataset (GED) that identify a file as one. */
export const UCDP_REQUIRED = ['id', 'date_start', 'date_end', 'side_a', 'side_b', 'country', 'latitude', 'longitude', 'best'];

const URL = /https?:\/\/[^\s;,"]+/;

/**
 * Reads UCDP GED rows by column name. `best` is the count of deaths, `low` and `high` its
 * bounds; the place is the row's where_coordinates (a town with a kind word, "Soledar town"),
 * adm_1 and adm_2 as UCDP writes them ("Donetsk oblast").
 */
export function ucdpRows(header: string[]): (fields: string[], importedAt: string) => RowOutcome {
  const { read, count } = columnsOf(header);
  return (fields, importedAt) => {
    if (fields.length !== count) return malformed(`${fields.length} columns where the header has ${count}`);
    const col = (name: string) => read(fields, name).trim();
    const actors = [col('side_a'), col('side_b')].filter((a) => a !== '');
    const country = countryCodeOf(col('country'));
    if (!country && !actors.some(isCountryActor)) return { kind: 'irrelevant' };
    const sourceId = col('id');
    if (!sourceId) return malformed('no id');
    const date = isoDay(col('date_start'));
    if (!date) return malformed(`date_start "${col('date_start').slice(0, 40)}" is no date`);
    const dateEnd = isoDay(col('date_end')) ?? date;
    const best = numberField(col('best'));
    const low = numberField(col('low'));
    const high = numberField(col('high'));
    const lat = numberField(col('latitude'));
    const lon = numberField(col('longitude'));
    if ([best, low, high, lat, lon].includes(undefined)) return malformed('best, low, high, latitude or longitude is not a number');
    const type = ucdpType(col('type_of_violence'));
    const sourceText = textOrNull(col('source_article'));
    const where = col('where_coordinates') || col('where_description');
    return {
      kind: 'event',
      record: datasetEvent({
        dataset: 'ucdp',
        sourceId,
        date,
        dateEnd,
        place: { name: where, admin1: textOrNull(col('adm_1')), admin2: textOrNull(col('adm_2')), country: country ?? textOrNull(col('country')), lat: lat ?? null, lon: lon ?? null },
        actors,
        type,
        cameo: cameoOfType(type),
        datasetType: [UCDP_VIOLENCE[col('type_of_violence')], col('conflict_name') || col('dyad_name')].filter(Boolean).join(' / '),
        fatalities: best ?? null,
        fatalitiesLow: low ?? null,
        fatalitiesHigh: high ?? null,
        notes: textOrNull(col('where_description')),
        source: sourceText,
        sourceUrl: sourceText ? (URL.exec(sourceText)?.[0] ?? null) : null,
      }, importedAt),
    };
  };
}
