import type { DatasetName } from '../archive/records';
import { ACLED_REQUIRED } from './acledRows';
import { GDELT_COLUMNS } from './gdeltRows';
import { UCDP_REQUIRED } from './ucdpRows';

export interface DatasetFormat {
  dataset: DatasetName;
  delimiter: string;
  /** The first line is a header (ACLED, UCDP), not a row (GDELT's export has none). */
  header: boolean;
}

/**
 * Which dataset a file is, from its first line, whatever its name: ACLED and UCDP GED by the
 * columns their headers name, GDELT 2.0 by its 61 tab-separated fields starting with a numeric
 * event id and a YYYYMMDD day. Returns why not when it is none of them.
 */
export function detectDataset(firstLine: string): DatasetFormat | { unknown: string } {
  const line = firstLine.replace(/^\ufeff/, '').replace(/\r$/, '');
  const tabs = line.split('\t');
  if (tabs.length === GDELT_COLUMNS.length && /^\d+$/.test(tabs[0]!) && /^\d{8}$/.test(tabs[1]!)) {
    return { dataset: 'gdelt', delimiter: '\t', header: false };
  }
  if (tabs.length >= 57 && tabs.length < GDELT_COLUMNS.length && /^\d+$/.test(tabs[0]!)) {
    return { unknown: `${tabs.length} tab-separated columns: a GDELT 1.0 file? Only GDELT 2.0 exports (61 columns) are read` };
  }
  const delimiter = tabs.length > line.split(',').length ? '\t' : ',';
  const names = new Set(line.split(delimiter).map((name) => name.trim().replace(/^"|"$/g, '').toLowerCase()));
  if (ACLED_REQUIRED.every((name) => names.has(name))) return { dataset: 'acled', delimiter, header: true };
  if (UCDP_REQUIRED.every((name) => names.has(name))) return { dataset: 'ucdp', delimiter, header: true };
  const acledMissing = ACLED_REQUIRED.filter((name) => !names.has(name));
  if (names.has('event_id_cnty')) return { unknown: `an ACLED header without ${acledMissing.join(', ')}` };
  if (names.has('date_start') || names.has('side_a')) {
    return { unknown: `a UCDP header without ${UCDP_REQUIRED.filter((name) => !names.has(name)).join(', ')}` };
  }
  return { unknown: 'neither an ACLED export, a UCDP GED file nor a GDELT 2.0 event export' };
}
