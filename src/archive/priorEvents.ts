import { gazetteerEntry } from '../core/analyze/gazetteer';
import { addDays, dayOf, daysBetween } from '../core/calendar';
import type { AnalyzedArticle } from '../core/types';
import { kindFamily } from '../datasets/eventKinds';
import { enclosingAreaIds } from '../datasets/gazetteerPlaces';
import type { ArchiveDB } from './db';
import type { DatasetEventRecord, DatasetName } from './records';

/** One dataset event beside an article: the fields `check` prints under `events` (DESIGN.md). */
export interface PriorEvent {
  dataset: DatasetName;
  id: string;
  date: string;
  place: string;
  type: string;
  actors: string[];
  fatalities: number | null;
  sourceUrl: string | null;
  /** 0..1, higher is closer. */
  score: number;
  reasons: string[];
  /** For the panel: the dataset's own classification, admin area and notes. */
  datasetType: string;
  admin1: string | null;
  notes: string | null;
  record: DatasetEventRecord;
}

/** The events at one place (a gazetteer place, named in English), best first. */
export interface PriorEventGroup {
  placeId: string;
  placeName: string;
  events: PriorEvent[];
}

export interface PriorEventOptions {
  /** Days either side of a date the article gives (default 3). */
  days?: number;
  /** At most this many events in all (default 30). */
  limit?: number;
}

// Bounds on the work of one lookup whatever the article: places, date windows, rows per range.
const MAX_PLACES = 8;
const MAX_WINDOWS = 6;
const ROWS_PER_RANGE = 200;

/**
 * The dataset events (ACLED, UCDP, GDELT) of the kind an article reports, at the places it
 * names or in them (events in Donetsk Region for an article about the region; events filed only
 * at the region's level for an article about Soledar), within `days` of the dates its statements
 * and events give (and the week before its publication). Index ranges only: per place and date
 * window one range of `placeDays`, each capped, so a lookup costs the same at 100 or 1,000,000 rows.
 */
export async function findPriorEvents(db: ArchiveDB, analyzed: AnalyzedArticle, options: PriorEventOptions = {}): Promise<PriorEventGroup[]> {
  const days = options.days ?? 3;
  const types = new Map<string, number>();
  for (const event of analyzed.events) {
    kindFamily(event.type).forEach((type, i) => types.set(type, Math.max(types.get(type) ?? 0, i === 0 ? 1 : 0.7)));
  }
  if (types.size === 0) return [];
  const places = articlePlaces(analyzed);
  const dates = articleDates(analyzed);
  const windows = mergeWindows(dates.map((d) => [addDays(d, -days), addDays(d, days)] as [string, string]));
  const published = dayOf(analyzed.article.publishedAt);
  if (published) windows.push(...mergeWindows([[addDays(published, -7), published]]).filter((w) => !windows.some((v) => v[0] <= w[0] && w[1] <= v[1])));
  if (places.length === 0 || windows.length === 0) return [];

  // Each place's own rows, then the rows in it, then its area's: a range repeated (two towns of
  // one region both ask for the region's rows) is read once, at its best weight.
  const ranges = new Map<string, Range>();
  const want = (range: Range) => {
    const id = `${range.key}|${range.from}|${range.to}`;
    const before = ranges.get(id);
    if (!before || PLACE_WEIGHT[before.how] < PLACE_WEIGHT[range.how]) ranges.set(id, range);
  };
  for (const placeId of places) {
    for (const [from, to] of windows.slice(0, MAX_WINDOWS)) {
      want({ key: `at:${placeId}`, placeId, how: 'at', from, to });
      want({ key: `in:${placeId}`, placeId, how: 'in', from, to });
      for (const area of enclosingAreaIds(placeId).slice(0, 1)) want({ key: `at:${area}`, placeId: area, how: 'area', from, to });
    }
  }
  const limit = options.limit ?? 30;
  // Scores only: a shown event's fields and reasons are made for the few shown, not every row read.
  const found = new Map<string, Hit>();
  // One read transaction for every range: standalone, each of up to 144 reads opened its own, a
  // round trip apiece. Most archives hold no dataset events at all (none was imported): one read
  // of a single key says so, and none of the ranges is asked for.
  await db.transaction('r', db.datasetEvents, async () => {
    if ((await db.datasetEvents.limit(1).primaryKeys()).length === 0) return;
    // By weight, best first: once `limit` events score above all a weaker range could give, its
    // rows cannot be shown and are not read (a region's window may hold hundreds).
    for (const how of ['at', 'in', 'area'] as const) {
      if (found.size >= limit && lowestShown(found, limit) > PLACE_WEIGHT[how]) break;
      await Promise.all([...ranges.values()].filter((range) => range.how === how).map(async (range) => {
        const rows = await db.datasetEvents.where('placeDays')
          .between(`${range.key}|${range.from}`, `${range.key}|${range.to}`, true, true).limit(ROWS_PER_RANGE).toArray();
        for (const row of rows) {
          const kind = types.get(row.type);
          if (kind === undefined) continue;
          const gap = Math.min(...dates.map((d) => Math.abs(daysBetween(row.date, d) ?? 99)));
          const score = Math.round(kind * PLACE_WEIGHT[range.how] * (1 - Math.min(gap, 10) / 20) * 1000) / 1000;
          const key = `${row.dataset}:${row.sourceId}`;
          if ((found.get(key)?.score ?? -1) < score) found.set(key, { row, kind, how: range.how, placeId: range.placeId, gap, score });
        }
      }));
    }
  });
  const best = [...found.values()].sort((a, b) => b.score - a.score || b.row.date.localeCompare(a.row.date)).slice(0, limit);
  return groupByPlace(best.map((hit) => shown(hit, published)));
}

/** The best-first flat list, as `check` prints it. */
export const flattenPriorEvents = (groups: PriorEventGroup[]) => groups.flatMap((g) => g.events).sort((a, b) => b.score - a.score);

function articlePlaces(analyzed: AnalyzedArticle): string[] {
  const ids = new Set<string>();
  for (const event of analyzed.events) if (event.place && gazetteerEntry(event.place)?.type === 'place') ids.add(event.place);
  for (const entity of [...analyzed.entities].sort((a, b) => b.mentions - a.mentions)) if (entity.type === 'place') ids.add(entity.id);
  return [...ids].slice(0, MAX_PLACES);
}

function articleDates(analyzed: AnalyzedArticle): string[] {
  const dates = new Set<string>();
  for (const event of analyzed.events) if (event.date) dates.add(event.date);
  for (const s of analyzed.statements) if (s.date && (s.dateGranularity ?? 'day') === 'day') dates.add(s.date);
  const published = dayOf(analyzed.article.publishedAt);
  if (published) dates.add(published);
  return [...dates].sort();
}

function mergeWindows(windows: Array<[string, string]>): Array<[string, string]> {
  const merged: Array<[string, string]> = [];
  for (const [from, to] of [...windows].sort((a, b) => a[0].localeCompare(b[0]))) {
    const last = merged[merged.length - 1];
    if (last && from <= addDays(last[1], 1)) last[1] = to > last[1] ? to : last[1];
    else merged.push([from, to]);
  }
  return merged;
}

const PLACE_WEIGHT = { at: 1, in: 0.8, area: 0.6 };

interface Range {
  key: string;
  placeId: string;
  how: 'at' | 'in' | 'area';
  from: string;
  to: string;
}

/** A row read, scored: kind (1 same, 0.7 related) times place weight times nearness in days. */
interface Hit {
  row: DatasetEventRecord;
  kind: number;
  how: 'at' | 'in' | 'area';
  placeId: string;
  gap: number;
  score: number;
}

/** The score of the `limit`-th best event found: a weight of range at most this adds none of those shown. */
function lowestShown(found: Map<string, Hit>, limit: number): number {
  return [...found.values()].map((event) => event.score).sort((a, b) => b - a)[limit - 1] ?? -1;
}

function shown({ row, kind, how, placeId, gap, score }: Hit, published: string | null): PriorEvent {
  const placeName = gazetteerEntry(placeId)?.name ?? placeId;
  const reasons = [
    how === 'at' ? `at ${placeName}` : how === 'in' ? `in ${placeName}` : `filed at ${placeName}, the area of a place named`,
    kind === 1 ? `same kind: ${row.type}` : `related kind: ${row.type}`,
    gap === 0 ? 'same day' : `${gap} day${gap === 1 ? '' : 's'} from a date the report gives`,
  ];
  if (published && row.date > published) reasons.push('after the report was published');
  return {
    dataset: row.dataset, id: row.sourceId, date: row.date, place: row.place.name, type: row.type, actors: row.actors,
    fatalities: row.fatalities, sourceUrl: row.sourceUrl, score, reasons, datasetType: row.datasetType,
    admin1: row.place.admin1, notes: row.notes, record: row,
  };
}

function groupByPlace(events: PriorEvent[]): PriorEventGroup[] {
  const groups = new Map<string, PriorEventGroup>();
  for (const event of events) {
    const placeId = event.record.placeIds[0] ?? `name:${event.place}`;
    let group = groups.get(placeId);
    if (!group) groups.set(placeId, (group = { placeId, placeName: gazetteerEntry(placeId)?.name ?? event.place, events: [] }));
    group.events.push(event);
  }
  return [...groups.values()];
}
