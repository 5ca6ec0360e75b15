import type { ArchiveDB } from '../archive';
import { fetchFeed } from './fetchFeed';
import type { FeedsDB, ItemRecord } from './feedsDb';
import type { PoliteFetcher } from './politeFetch';
import { readItem } from './readItem';
import type { ReadPage } from './readPage';

export interface FeedRunDeps {
  archive: ArchiveDB;
  feeds: FeedsDB;
  fetcher: PoliteFetcher;
  readPage: ReadPage;
  now?: () => number;
  /** Told of each article stored (open pages and tabs follow the archive). */
  onAdded?: () => void;
  /** Called between requests; the worker uses it to stay awake through a long run. */
  onStep?: (line: string) => void | Promise<void>;
}

export interface FeedRunSummary {
  feedsFetched: number;
  itemsFound: number;
  added: number;
  skipped: number;
}

/**
 * One run: every feed that is due (not paused, its time or backoff passed) is fetched, then
 * every pending entry of an unpaused feed is read, one page at a time. Entries left pending by
 * a run that was stopped (a worker stopped by the browser) are read by the next run: the work
 * is in the database, never only in memory.
 */
export async function runFeeds(deps: FeedRunDeps): Promise<FeedRunSummary> {
  const now = deps.now ?? Date.now;
  const summary: FeedRunSummary = { feedsFetched: 0, itemsFound: 0, added: 0, skipped: 0 };
  const fetched = new Set<number>();
  for (;;) {
    const due = (await deps.feeds.feeds.toArray()).find((feed) => !feed.paused && !fetched.has(feed.id) && feed.nextFetchAt <= now());
    if (due) {
      fetched.add(due.id);
      await deps.onStep?.(`feed ${due.url}`);
      summary.itemsFound += await fetchFeed(deps.feeds, deps.fetcher, due, now);
      summary.feedsFetched += 1;
      continue;
    }
    const item = await nextPending(deps.feeds, now());
    if (!item) return summary;
    const feed = await deps.feeds.feeds.get(item.feedId);
    if (!feed) continue; // removed a moment ago, its entries with it
    await deps.onStep?.(`page ${item.url}`);
    const outcome = await readItem(deps.archive, deps.feeds, deps.fetcher, deps.readPage, feed, item, now);
    if (outcome === 'added') {
      summary.added += 1;
      deps.onAdded?.();
    } else if (outcome === 'skipped') summary.skipped += 1;
  }
}

/** The first pending entry (oldest seen, in its feed's order) that may be tried now, of a feed that is still there and not paused. */
async function nextPending(db: FeedsDB, now: number) {
  const live = new Set((await db.feeds.toArray()).filter((feed) => !feed.paused).map((feed) => feed.id));
  const pending = await db.items.where('[state+notBefore]').between(['pending', -Infinity], ['pending', now], true, true).toArray();
  const order = (a: ItemRecord, b: ItemRecord) => (a.seenAt < b.seenAt ? -1 : a.seenAt > b.seenAt ? 1 : a.position - b.position);
  return pending.filter((item) => live.has(item.feedId)).sort(order)[0] ?? null;
}

/**
 * Runs one at a time: a request while a run is going (Fetch now during a scheduled run) makes
 * the run go round once more, so a feed made due meanwhile is fetched in it.
 */
export function feedRunner(run: () => Promise<unknown>) {
  let running: Promise<void> | null = null;
  let again = false;
  return (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await run();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };
}
