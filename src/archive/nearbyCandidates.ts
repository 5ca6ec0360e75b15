import type { ArchiveDB } from './db';

/**
 * Reports published within this many days of the query are candidates whatever keys they share.
 * A short post about the night's protests may name no one the archive knows ("police detained
 * a couple on Nemiga") and share no word with yesterday's reports in another language, yet it
 * most likely belongs to the story the reader has been following these days; the matcher
 * judges it on what it does share (the kind of event, the day, the count).
 */
const NEARBY_DAYS = 2;
export const MAX_NEARBY = 100;
const DAY_MS = 86_400_000;

/**
 * Ids of stored articles published within NEARBY_DAYS of `publishedAt`, nearest first (those of
 * its day and after it, then those before it, alternately), at most MAX_NEARBY.
 */
export async function publishedNear(db: ArchiveDB, publishedAt: string | null): Promise<number[]> {
  const time = publishedAt ? Date.parse(publishedAt) : NaN;
  if (Number.isNaN(time)) return [];
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const today = day(time);
  // Dates are stored as ISO strings, some with a time: the upper bound takes the whole last day.
  const [onOrAfter, before] = await Promise.all([
    db.articles.where('publishedAt').between(today, `${day(time + NEARBY_DAYS * DAY_MS)}\uffff`, true, true).limit(MAX_NEARBY).primaryKeys(),
    db.articles.where('publishedAt').between(day(time - NEARBY_DAYS * DAY_MS), today, true, false).reverse().limit(MAX_NEARBY).primaryKeys(),
  ]);
  const ids: number[] = [];
  for (let i = 0; ids.length < MAX_NEARBY && (i < onOrAfter.length || i < before.length); i++) {
    if (i < onOrAfter.length) ids.push(onOrAfter[i]!);
    if (i < before.length && ids.length < MAX_NEARBY) ids.push(before[i]!);
  }
  return ids;
}

/**
 * The candidates: those found by keys, best first, and those published nearby that the keys did
 * not find. Nearby ones keep at least a quarter of `limit` when the keys would fill it: a large
 * archive finds hundreds of reports naming Putin, and the post of the same night must not be
 * crowded out by them.
 */
export function mergeCandidates(byKeys: number[], nearby: number[], limit: number): number[] {
  const found = new Set(byKeys);
  const extra = nearby.filter((id) => !found.has(id));
  const reserved = Math.min(extra.length, Math.max(limit - byKeys.length, Math.floor(limit / 4)));
  const keyed = byKeys.slice(0, limit - reserved);
  return [...keyed, ...extra.slice(0, limit - keyed.length)];
}
