// Small dataset files written for tests and the bench, in each format's exact layout: ACLED's
// codebook columns, UCDP GED's columns, GDELT 2.0's 61 headerless tab-separated fields. The
// rows are made up for testing; they are not taken from the datasets.
import { GDELT_COLUMNS } from '../gdeltRows';

export const ACLED_HEADER = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
];

export const UCDP_HEADER = [
  'id', 'relid', 'year', 'active_year', 'code_status', 'type_of_violence', 'conflict_dset_id', 'conflict_new_id',
  'conflict_name', 'dyad_dset_id', 'dyad_new_id', 'dyad_name', 'side_a_dset_id', 'side_a_new_id', 'side_a',
  'side_b_dset_id', 'side_b_new_id', 'side_b', 'number_of_sources', 'source_article', 'source_office', 'source_date',
  'source_headline', 'source_original', 'where_prec', 'where_coordinates', 'where_description', 'adm_1', 'adm_2',
  'latitude', 'longitude', 'geom_wkt', 'priogrid_gid', 'country', 'country_id', 'region', 'event_clarity', 'date_prec',
  'date_start', 'date_end', 'deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown', 'best', 'high', 'low',
  'gwnoa', 'gwnob',
];

/** One CSV field, quoted when it must be (RFC 4180). */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV line with `header`'s columns, filled from `values` by name, empty elsewhere. */
export function csvRow(header: string[], values: Record<string, string | number>): string {
  return header.map((name) => csvField(values[name] ?? '')).join(',');
}

/** A GDELT 2.0 export line: 61 tab-separated fields, filled by column name, empty elsewhere. */
export function gdeltLine(values: Partial<Record<(typeof GDELT_COLUMNS)[number], string | number>>): string {
  return GDELT_COLUMNS.map((name) => String(values[name] ?? '')).join('\t');
}

/** Bytes of a text arriving in chunks of `size` (as a file stream delivers them). */
export async function* bytesOf(text: string | Uint8Array, size = 65_536): AsyncGenerator<Uint8Array> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
