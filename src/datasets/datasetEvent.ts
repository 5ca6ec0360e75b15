import type { DatasetEventRecord } from '../archive/records';
import { addDays } from '../core/calendar';
import { enclosingAreaIds, regionPlaceId, townPlaceId } from './gazetteerPlaces';

/** What one row of a dataset became: an event, a row outside the three countries, or a fault. */
export type RowOutcome =
  | { kind: 'event'; record: DatasetEventRecord }
  | { kind: 'irrelevant' }
  | { kind: 'malformed'; reason: string };

export const malformed = (reason: string): RowOutcome => ({ kind: 'malformed', reason });

const COUNTRY_NAMES: Record<string, string> = { russia: 'RU', ukraine: 'UA', belarus: 'BY' };
const COUNTRY_ACTOR = /russia|ukrain|belarus|belorus|kremlin|donetsk people|luhansk people|wagner/i;

/** RU, UA or BY for a dataset's country name ("Russia (Soviet Union)" is UCDP's), else null. */
export function countryCodeOf(name: string): string | null {
  const first = name.trim().toLowerCase().split(/[\s(]/)[0] ?? '';
  return COUNTRY_NAMES[first] ?? null;
}

/** An actor named as a force, state or group of the three countries (or of the occupied east). */
export const isCountryActor = (actor: string) => COUNTRY_ACTOR.test(actor);

// A day-range wider than a month (UCDP codes vague events over whole months or years) is
// indexed on its first 31 days only: its rows still load, the index stays small.
const MAX_INDEXED_DAYS = 31;

/** Days from `from` to `to` inclusive, at most MAX_INDEXED_DAYS. */
function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to && days.length < MAX_INDEXED_DAYS; day = addDays(day, 1)) days.push(day);
  return days;
}

/** A row's own fields: what the archive record adds (gazetteer ids, index keys, import time) is derived. */
export type EventFields = Omit<DatasetEventRecord, 'dateEnd' | 'placeIds' | 'placeDays' | 'importedAt'> & { dateEnd?: string };

/**
 * A dataset row as an archive record, joined to the gazetteer: the finest place the row names
 * that the gazetteer knows (town, else admin 2, else admin 1) is indexed as `at:`, the areas
 * enclosing it as `in:`, each with every day of the event, so "events at Soledar" and "events
 * anywhere in Donetsk Region" are each one index range per window.
 */
export function datasetEvent(fields: EventFields, importedAt: string): DatasetEventRecord {
  const { place } = fields;
  const region = regionPlaceId(place.admin1, place.country);
  const district = townPlaceId(place.admin2, region, place.country);
  const town = townPlaceId(place.name, region, place.country);
  const finest = town ?? district ?? region;
  const areas = finest ? enclosingAreaIds(finest) : [];
  if (region && finest !== region && !areas.includes(region)) areas.push(region);
  const placeIds = finest ? [finest, ...areas] : [];
  const dateEnd = fields.dateEnd && fields.dateEnd > fields.date ? fields.dateEnd : fields.date;
  const placeDays: string[] = [];
  for (const day of daysOf(fields.date, dateEnd)) {
    if (finest) placeDays.push(`at:${finest}|${day}`);
    for (const area of areas) placeDays.push(`in:${area}|${day}`);
  }
  return { ...fields, dateEnd, placeIds, placeDays, importedAt };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** YYYY-MM-DD from "2023-01-12", "2023-01-12 00:00:00.000", "20230112" or "12 January 2023"; null otherwise. */
export function isoDay(text: string): string | null {
  const value = text.trim();
  let m = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[ T])/.exec(value);
  if (m) return valid(m[1]!, m[2]!, m[3]!);
  m = /^(\d{1,2})[\s-]+([A-Za-z]+)[\s-]+(\d{4})$/.exec(value);
  if (m) {
    const month = MONTHS.findIndex((name) => name.startsWith(m![2]!.toLowerCase()) && m![2]!.length >= 3);
    if (month >= 0) return valid(m[3]!, String(month + 1).padStart(2, '0'), m[1]!.padStart(2, '0'));
  }
  return null;
}

function valid(year: string, month: string, day: string): string | null {
  const iso = `${year}-${month}-${day}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** A number field: null when empty, undefined when not a number (the row is malformed). */
export function numberField(text: string | undefined): number | null | undefined {
  const value = (text ?? '').trim();
  if (value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

export const textOrNull = (text: string | undefined) => (text ?? '').trim() || null;
