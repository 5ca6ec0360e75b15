import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DatasetEventRecord } from '../archive/records';
import { NotADataset, readDataset, type DatasetCounts } from './readDataset';
import { ACLED_HEADER, UCDP_HEADER, bytesOf, csvRow, gdeltLine } from './testing/datasetFiles';

async function readAll(bytes: AsyncIterable<Uint8Array>) {
  const records: DatasetEventRecord[] = [];
  let counts: DatasetCounts | null = null;
  for await (const batch of readDataset(bytes, { importedAt: '2023-02-01T00:00:00.000Z', batchSize: 2 })) {
    records.push(...batch.records);
    counts = batch.counts;
  }
  return { records, counts: counts! };
}

const acled = [
  ACLED_HEADER.join(','),
  csvRow(ACLED_HEADER, {
    event_id_cnty: 'UKR90001', event_date: '2023-01-12', year: 2023, event_type: 'Battles', sub_event_type: 'Armed clash',
    actor1: 'Military Forces of Russia (2000-)', assoc_actor_1: 'Wagner Group', actor2: 'Military Forces of Ukraine (2019-)',
    country: 'Ukraine', admin1: 'Donetsk', admin2: 'Bakhmutskyi', location: 'Soledar', latitude: 48.6833, longitude: 38.0833,
    source: 'Ukrinform; Ministry of Defence of Russia', notes: 'On 12 January 2023, Wagner Group forces clashed with Ukrainian forces in Soledar,\nDonetsk.', fatalities: 0,
  }),
  csvRow(ACLED_HEADER, {
    event_id_cnty: 'FRA5001', event_date: '2023-01-12', event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (France)',
    country: 'France', admin1: 'Ile-de-France', location: 'Paris', latitude: 48.85, longitude: 2.35, fatalities: 0,
  }),
  csvRow(ACLED_HEADER, {
    event_id_cnty: 'UKR90002', event_date: 'the twelfth', event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Military Forces of Russia (2000-)',
    country: 'Ukraine', location: 'Bakhmut', latitude: 48.59, longitude: 38.0, fatalities: 2,
  }),
  csvRow(ACLED_HEADER, {
    event_id_cnty: 'RUS7001', event_date: '14 January 2023', event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack',
    actor1: 'Military Forces of Ukraine (2019-)', country: 'Russia', admin1: 'Belgorod', location: 'Shebekino', latitude: 50.4, longitude: 36.89, fatalities: 1,
  }),
  csvRow(ACLED_HEADER, {
    event_id_cnty: 'SYR4001', event_date: '2023-01-10', event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike',
    actor1: 'Military Forces of Russia (2000-)', country: 'Syria', admin1: 'Idleb', location: 'Idleb', latitude: 35.93, longitude: 36.63, fatalities: 4,
  }),
].join('\r\n');

describe('readDataset: ACLED', () => {
  it('keeps the rows in or about Russia, Ukraine and Belarus, skips a bad date with its line, and reads on', async () => {
    const { records, counts } = await readAll(bytesOf(acled, 100));
    expect(counts).toMatchObject({ dataset: 'acled', read: 5, kept: 3, outside: 1, skippedCount: 1 });
    // The Soledar row's notes span two lines (2-3), so the bad row is on line 5.
    expect(counts.skipped).toEqual([{ line: 5, reason: expect.stringContaining('event_date') }]);
    expect(records.map((r) => r.sourceId)).toEqual(['UKR90001', 'RUS7001', 'SYR4001']);
    const soledar = records[0]!;
    expect(soledar).toMatchObject({
      dataset: 'acled', date: '2023-01-12', type: 'attack', cameo: '190', fatalities: 0, datasetType: 'Battles / Armed clash',
      place: { name: 'Soledar', admin1: 'Donetsk', admin2: 'Bakhmutskyi', country: 'UA', lat: 48.6833, lon: 38.0833 },
    });
    expect(soledar.actors).toEqual(['Military Forces of Russia (2000-)', 'Wagner Group', 'Military Forces of Ukraine (2019-)']);
    expect(soledar.placeIds).toEqual(expect.arrayContaining(['place:soledar', 'place:donetsk-region']));
    expect(soledar.notes).toContain('clashed with Ukrainian forces in Soledar,\nDonetsk.');
    // "14 January 2023", the older exports' date, and shelling as a strike in Belgorod Region.
    expect(records[1]).toMatchObject({ date: '2023-01-14', type: 'strike', place: { country: 'RU' } });
    expect(records[1]!.placeIds).toContain('place:belgorod-region');
  });
});

describe('readDataset: UCDP GED', () => {
  it('reads deaths as best with low and high, a span of days, and where_coordinates as the place', async () => {
    const text = [
      UCDP_HEADER.join(','),
      csvRow(UCDP_HEADER, {
        id: 452001, year: 2023, type_of_violence: 1, conflict_name: 'Russia - Ukraine', side_a: 'Government of Russia (Soviet Union)', side_b: 'Government of Ukraine',
        source_article: 'Ukrainska Pravda, 2023-01-13, "Fighting in Soledar" https://www.pravda.com.ua/eng/news/2023/01/13/example/',
        where_coordinates: 'Soledar town', where_description: 'Soledar, Bakhmut district', adm_1: 'Donetsk oblast', adm_2: 'Bakhmutskyi raion',
        latitude: 48.6833, longitude: 38.0833, country: 'Ukraine', date_start: '2023-01-10 00:00:00.000', date_end: '2023-01-13 00:00:00.000',
        best: 25, high: 40, low: 10,
      }),
      csvRow(UCDP_HEADER, { id: 452002, type_of_violence: 1, side_a: 'Government of Mali', side_b: 'JNIM', country: 'Mali', latitude: 14.5, longitude: -4.2, date_start: '2023-01-10', date_end: '2023-01-10', best: 3, high: 3, low: 3 }),
      csvRow(UCDP_HEADER, { id: 452003, type_of_violence: 1, side_a: 'Government of Russia (Soviet Union)', side_b: 'Government of Ukraine', country: 'Ukraine', latitude: 'north', longitude: 37, date_start: '2023-01-10', date_end: '2023-01-10', best: 1, high: 1, low: 1 }),
    ].join('\n');
    const { records, counts } = await readAll(bytesOf(text, 64));
    expect(counts).toMatchObject({ dataset: 'ucdp', read: 3, kept: 1, outside: 1, skipped: [{ line: 4, reason: expect.stringContaining('latitude') }] });
    expect(records[0]).toMatchObject({
      dataset: 'ucdp', sourceId: '452001', date: '2023-01-10', dateEnd: '2023-01-13', type: 'attack',
      fatalities: 25, fatalitiesLow: 10, fatalitiesHigh: 40, sourceUrl: 'https://www.pravda.com.ua/eng/news/2023/01/13/example/',
    });
    expect(records[0]!.placeIds[0]).toBe('place:soledar');
    expect(records[0]!.placeDays).toContain('at:place:soledar|2023-01-12');
  });
});

describe('readDataset: GDELT 2.0', () => {
  const rows = [
    gdeltLine({
      GlobalEventID: 1072345678, Day: 20230112, MonthYear: 202301, Year: 2023, FractionDate: 2023.0301,
      Actor1Code: 'RUSMIL', Actor1Name: 'RUSSIA', Actor1CountryCode: 'RUS', Actor2Code: 'UKRMIL', Actor2Name: 'UKRAINE', Actor2CountryCode: 'UKR',
      IsRootEvent: 1, EventCode: '192', EventBaseCode: '192', EventRootCode: '19', QuadClass: 4, GoldsteinScale: -9.5,
      ActionGeo_Type: 4, ActionGeo_FullName: "Soledar, Donets'k, Ukraine", ActionGeo_CountryCode: 'UP', ActionGeo_ADM1Code: 'UP05',
      ActionGeo_Lat: 48.6833, ActionGeo_Long: 38.0833, ActionGeo_FeatureID: -1044367, DATEADDED: 20230112154500,
      SOURCEURL: 'https://www.example.com/news/soledar-falls',
    }),
    gdeltLine({ GlobalEventID: 1072345679, Day: 20230112, Actor1Name: 'FRANCE', Actor1CountryCode: 'FRA', EventCode: '042', ActionGeo_Type: 1, ActionGeo_FullName: 'France', ActionGeo_CountryCode: 'FR' }),
    'truncated\tline',
  ].join('\n') + '\n';

  it('reads the 61 headerless columns, zipped as GDELT publishes them, and keeps the CAMEO code', async () => {
    const zipped = zipSync({ '20230112154500.export.CSV': new TextEncoder().encode(rows) });
    const { records, counts } = await readAll(bytesOf(zipped, 50));
    expect(counts).toMatchObject({ dataset: 'gdelt', read: 3, kept: 1, outside: 1, skipped: [{ line: 3, reason: expect.stringContaining('61') }] });
    expect(records[0]).toMatchObject({
      dataset: 'gdelt', sourceId: '1072345678', date: '2023-01-12', type: 'capture', cameo: '192', fatalities: null,
      actors: ['RUSSIA', 'UKRAINE'], sourceUrl: 'https://www.example.com/news/soledar-falls',
      place: { name: 'Soledar', admin1: "Donets'k", country: 'UA' },
    });
    expect(records[0]!.placeIds.slice(0, 2)).toEqual(['place:soledar', 'place:donetsk-region']);
  });

  it('tells a file that is none of the three by its content, whatever its name', async () => {
    await expect(readAll(bytesOf('title,url\nSoledar,https://example.com\n'))).rejects.toThrow(NotADataset);
    const v1 = Array.from({ length: 58 }, (_, i) => (i === 0 ? '123' : 'x')).join('\t');
    await expect(readAll(bytesOf(`${v1}\n`))).rejects.toThrow(/GDELT 1\.0/);
  });
});
