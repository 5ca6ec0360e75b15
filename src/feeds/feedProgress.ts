import type { FeedRecord, ItemRecord } from './feedsDb';
import { msLeftFor } from '../ui/timeLeft';

/** How far a feed's pages are read: counts and, once the pace is known, the time left. */
export interface FeedWork {
  /** Of the entries found by the fetches that still have pages to read: read, and in all. */
  read: number;
  total: number;
  /** Pages due now, and pages whose fetch failed, tried again later. */
  waiting: number;
  later: number;
  /** Until this feed's last due page is read (pages of feeds ahead of it included); null when unknown. */
  msLeft: number | null;
}

/** The pace is taken from pages read in the last ten minutes, the last twenty at most. */
const PACE_WINDOW_MS = 10 * 60_000;
const PACE_PAGES = 20;

/** Entries are read in the order the worker reads them (runFeeds' nextPending): first seen, then the feed's order. */
const readingOrder = (a: ItemRecord, b: ItemRecord) => (a.seenAt < b.seenAt ? -1 : a.seenAt > b.seenAt ? 1 : a.position - b.position);

/**
 * The work left per feed, from the rows the worker keeps (so a page opened mid-run, or a run
 * resumed after the worker was stopped, shows the same): `items` holds every entry of the
 * feeds that have pages pending. A feed without pending pages has no entry in the answer.
 */
export function feedWork(feeds: FeedRecord[], items: ItemRecord[], now: number): Map<number, FeedWork> {
  const live = new Set(feeds.filter((feed) => !feed.paused).map((feed) => feed.id));
  const due = items.filter((item) => item.state === 'pending' && item.notBefore <= now && live.has(item.feedId)).sort(readingOrder);
  const msPerPage = pace(items, now);
  const work = new Map<number, FeedWork>();
  for (const feed of feeds) {
    const own = items.filter((item) => item.feedId === feed.id);
    const pending = own.filter((item) => item.state === 'pending');
    if (pending.length === 0) continue;
    // The entries of the fetches that brought the pending ones: "3 of 5 read" means this batch.
    const since = pending.reduce((first, item) => (item.seenAt < first ? item.seenAt : first), pending[0]!.seenAt);
    const batch = own.filter((item) => item.seenAt >= since);
    const waiting = pending.filter((item) => item.notBefore <= now).length;
    let ahead = 0;
    due.forEach((item, i) => {
      if (item.feedId === feed.id) ahead = i + 1;
    });
    work.set(feed.id, {
      read: batch.length - pending.length,
      total: batch.length,
      waiting,
      later: pending.length - waiting,
      msLeft: msPerPage === null || ahead === 0 ? null : Math.round(msPerPage * ahead),
    });
  }
  return work;
}

/** Milliseconds a page, from the gaps between the recent reads; null before three pages are read. */
function pace(items: ItemRecord[], now: number): number | null {
  const times = items
    .map((item) => item.readAt)
    .filter((at): at is number => at !== undefined && at >= now - PACE_WINDOW_MS)
    .sort((a, b) => a - b)
    .slice(-PACE_PAGES);
  if (times.length < 3) return null;
  return msLeftFor(times.length - 1, 1, times.at(-1)! - times[0]!, 2);
}
