// Generated rows for the dataset benches (bench/datasets.ts in Node, bench/chromiumDatasets.ts in
// Chromium): each format's exact columns (ACLED's codebook header, UCDP GED's header, GDELT 2.0's
// 61 headerless tab-separated fields), filled with places of the project's gazetteer (towns of
// Ukraine, Russia and Belarus with their regions), varied dates, types and actors; one row in ten
// lies outside the three countries and one in a thousand is malformed, as real exports have both.
// They are made up here, not taken from ACLED, UCDP or GDELT.
import { ACLED_HEADER, UCDP_HEADER, csvRow, gdeltLine } from '../src/datasets/testing/datasetFiles';
import { syntheticPlaces, type SyntheticPlace } from './datasetPlaces';

export { ACLED_HEADER, UCDP_HEADER };

export const places = syntheticPlaces();
const ACLED_TYPES: Array<[string, string]> = [['Battles', 'Armed clash'], ['Explosions/Remote violence', 'Shelling/artillery/missile attack'], ['Explosions/Remote violence', 'Air/drone strike'], ['Battles', 'Government regains territory'], ['Protests', 'Peaceful protest'], ['Strategic developments', 'Disrupted weapons use']];
const ACTORS = ['Military Forces of Russia (2000-)', 'Military Forces of Ukraine (2019-)', 'Wagner Group', 'Civilians (Ukraine)', 'Military Forces of Belarus (1994-)'];
const CAMEO = ['190', '193', '194', '195', '192', '042', '046', '173', '138', '0874'];
const FIPS = { UA: 'UP', RU: 'RS', BY: 'BO' } as Record<string, string>;

export const dayOf = (i: number) => new Date(Date.UTC(2022, 1, 24) + (i % 700) * 86_400_000).toISOString().slice(0, 10);
const placeOf = (i: number): SyntheticPlace | null => (i % 10 === 9 ? null : places[(i * 7919) % places.length]!);

export function acledLine(i: number): string {
  if (i % 1000 === 999) return csvRow(ACLED_HEADER, { event_id_cnty: `UKR${i}`, event_date: 'not a date', country: 'Ukraine', location: 'x', latitude: 1, longitude: 1, fatalities: 0 });
  const p = placeOf(i);
  const [eventType, sub] = ACLED_TYPES[i % ACLED_TYPES.length]!;
  return csvRow(ACLED_HEADER, {
    event_id_cnty: `${p?.country === 'RU' ? 'RUS' : 'UKR'}${i}`, event_date: dayOf(i), year: dayOf(i).slice(0, 4), event_type: eventType, sub_event_type: sub,
    actor1: p ? ACTORS[i % ACTORS.length]! : 'Protesters (Poland)', actor2: p ? ACTORS[(i + 1) % ACTORS.length]! : '', country: p ? p.countryName : 'Poland', admin1: p ? p.admin1 : 'Mazowieckie',
    location: p ? p.name : 'Warszawa', latitude: 48 + (i % 100) / 100, longitude: 37 + (i % 50) / 100,
    source: 'Generated source', notes: `Generated row ${i}: ${eventType.toLowerCase()} near ${p?.name ?? 'Warszawa'}, with "quotes", commas and detail.`, fatalities: i % 7,
  });
}

export function ucdpLine(i: number): string {
  const p = placeOf(i);
  return csvRow(UCDP_HEADER, {
    id: 700_000 + i, type_of_violence: 1 + (i % 3), conflict_name: 'Russia - Ukraine', side_a: p ? 'Government of Russia (Soviet Union)' : 'Government of Mali', side_b: p ? 'Government of Ukraine' : 'JNIM',
    where_coordinates: p ? `${p.name} town` : 'Bamako town', adm_1: p ? `${p.admin1} oblast` : 'Bamako', country: p ? p.countryName : 'Mali',
    latitude: 48.5, longitude: 37.9, date_start: `${dayOf(i)} 00:00:00.000`, date_end: `${dayOf(i + (i % 3))} 00:00:00.000`, best: i % 9, low: i % 5, high: i % 13,
    source_article: `Generated agency, ${dayOf(i)}`,
  });
}

export function gdeltRowLine(i: number): string {
  const p = placeOf(i);
  return gdeltLine({
    GlobalEventID: 1_000_000_000 + i, Day: dayOf(i).replace(/-/g, ''), MonthYear: dayOf(i).slice(0, 7).replace('-', ''), Year: dayOf(i).slice(0, 4),
    Actor1Code: p ? 'RUSMIL' : 'FRAGOV', Actor1Name: p ? 'RUSSIA' : 'FRANCE', Actor1CountryCode: p ? 'RUS' : 'FRA', EventCode: CAMEO[i % CAMEO.length]!,
    ActionGeo_Type: 4, ActionGeo_FullName: p ? `${p.name}, ${p.admin1}, ${p.countryName}` : 'Paris, Ile-de-France, France', ActionGeo_CountryCode: p ? FIPS[p.country]! : 'FR',
    ActionGeo_Lat: 48.5, ActionGeo_Long: 37.9, DATEADDED: `${dayOf(i).replace(/-/g, '')}120000`, SOURCEURL: `https://news.example/${i}`,
  });
}

/** `rows` lines of a format, 1,000 to a chunk, after its header when it has one. */
export async function* generated(rows: number, header: string | null, line: (i: number) => string): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  if (header) yield encoder.encode(`${header}\n`);
  for (let start = 0; start < rows; start += 1000) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(rows, start + 1000); i++) lines.push(line(i));
    yield encoder.encode(`${lines.join('\n')}\n`);
  }
}
