import { datasetEvent, isoDay, malformed, numberField, textOrNull, type RowOutcome } from './datasetEvent';
import { cameoType } from './eventKinds';

/**
 * The 61 tab-separated columns of a GDELT 2.0 event export (`.export.CSV`, no header), in order,
 * as the GDELT 2.0 Event codebook lists them. GDELT 1.0 daily files have 57 or 58 and are not read.
 */
export const GDELT_COLUMNS = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode',
  'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode',
  'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass',
  'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
  'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

const at = Object.fromEntries(GDELT_COLUMNS.map((name, i) => [name, i])) as Record<(typeof GDELT_COLUMNS)[number], number>;

// Actors carry CAMEO country codes (3 letters); places carry FIPS 10-4 codes (2 letters).
const CAMEO_COUNTRIES: Record<string, string> = { RUS: 'RU', UKR: 'UA', BLR: 'BY' };
const FIPS_COUNTRIES: Record<string, string> = { RS: 'RU', UP: 'UA', BO: 'BY' };
// ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1).
const STATE = new Set(['2', '5']);

/** Reads one GDELT 2.0 export row; kept when an actor or the action's place is Russian, Belarusian or Ukrainian. */
export function gdeltRow(fields: string[], importedAt: string): RowOutcome {
  if (fields.length !== GDELT_COLUMNS.length) return malformed(`${fields.length} columns, a GDELT 2.0 export has ${GDELT_COLUMNS.length}`);
  const col = (name: keyof typeof at) => (fields[at[name]] ?? '').trim();
  const placeCountry = FIPS_COUNTRIES[col('ActionGeo_CountryCode')] ?? null;
  const actorCountry = CAMEO_COUNTRIES[col('Actor1CountryCode')] ?? CAMEO_COUNTRIES[col('Actor2CountryCode')];
  if (!placeCountry && !actorCountry) return { kind: 'irrelevant' };
  const sourceId = col('GlobalEventID');
  if (!/^\d+$/.test(sourceId)) return malformed(`GlobalEventID "${sourceId.slice(0, 20)}" is not a number`);
  const date = /^\d{8}$/.test(col('Day')) ? isoDay(col('Day')) : null;
  if (!date) return malformed(`Day "${col('Day').slice(0, 20)}" is no YYYYMMDD date`);
  const lat = numberField(col('ActionGeo_Lat'));
  const lon = numberField(col('ActionGeo_Long'));
  if (lat === undefined || lon === undefined) return malformed('ActionGeo_Lat or ActionGeo_Long is not a number');
  const eventCode = col('EventCode');
  // "Soledar, Donets'k, Ukraine": a town, its ADM1, its country; a state is "Donets'k, Ukraine".
  const parts = col('ActionGeo_FullName').split(',').map((p) => p.trim());
  const geoType = col('ActionGeo_Type');
  const name = parts[0] ?? '';
  const admin1 = STATE.has(geoType) ? name : parts.length >= 3 ? parts[1]! : null;
  return {
    kind: 'event',
    record: datasetEvent({
      dataset: 'gdelt',
      sourceId,
      date,
      place: { name, admin1: textOrNull(admin1 ?? ''), admin2: null, country: placeCountry ?? textOrNull(col('ActionGeo_CountryCode')), lat, lon },
      actors: [col('Actor1Name'), col('Actor2Name')].filter((a) => a !== ''),
      type: cameoType(eventCode),
      cameo: eventCode || null,
      datasetType: `CAMEO ${eventCode}`,
      fatalities: null,
      notes: null,
      source: null,
      sourceUrl: textOrNull(col('SOURCEURL')),
    }, importedAt),
  };
}
