import { FEED_INTERVAL_MS, retryAt } from './backoff';
import type { FeedRecord, FeedsDB, ItemRecord } from './feedsDb';
import { FeedFormatError, parseFeed } from './parseFeed';
import { FetchFailed, type PoliteFetcher } from './politeFetch';
import { pruneItems } from './pruneItems';

/** Entries taken from one answer at most: a feed of thousands (an archive dump) is read newest first. */
export const MAX_ITEMS_PER_FETCH = 200;

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

/**
 * Fetches one feed, conditionally, and records its new entries as pending work together with
 * the feed's new validators, in one transaction: a worker stopped between the two could
 * otherwise keep an ETag whose entries were never read, and a 304 would hide them for good.
 * Entries the answer still lists are noted as listed, and done entries it stopped listing long
 * ago are let go, so the database holds about what the feed shows, not all it ever showed.
 * Returns how many new entries were found; a failure is recorded on the feed, with its backoff.
 */
export async function fetchFeed(db: FeedsDB, fetcher: PoliteFetcher, feed: FeedRecord, now = Date.now): Promise<number> {
  const startedAt = new Date(now()).toISOString();
  try {
    const outcome = await fetcher.get(feed.url, { etag: feed.etag, lastModified: feed.lastModified }, FEED_ACCEPT);
    const done = { lastFetchAt: startedAt, lastSuccessAt: startedAt, lastError: null, failures: 0, nextFetchAt: now() + FEED_INTERVAL_MS, lastAdded: 0 };
    if (outcome.status === 'not_modified') {
      await db.feeds.update(feed.id, done);
      return 0;
    }
    const parsed = parseFeed(outcome.text, outcome.url);
    return await db.transaction('rw', db.feeds, db.items, async () => {
      // Removed while its answer was on the way: nothing is stored for it.
      if (!(await db.feeds.get(feed.id))) return 0;
      const entries = parsed.items.slice(0, MAX_ITEMS_PER_FETCH);
      const known = await db.items.bulkGet(entries.map((item) => [feed.id, item.key] as [number, string]));
      const seen = new Set<string>();
      const fresh: ItemRecord[] = [];
      entries.forEach((item, i) => {
        if (known[i] || seen.has(item.key)) return;
        seen.add(item.key);
        fresh.push({ feedId: feed.id, ...item, state: 'pending', reason: null, tries: 0, notBefore: 0, seenAt: startedAt, position: i, listedAt: startedAt });
      });
      await db.items.bulkAdd(fresh);
      // Entries still listed are kept; those the feed dropped long ago are let go (pruneItems).
      await db.items.bulkPut(known.filter((row): row is ItemRecord => row !== undefined).map((row) => ({ ...row, listedAt: startedAt })));
      await pruneItems(db, feed.id, new Set(entries.map((item) => item.key)), now());
      await db.feeds.update(feed.id, { ...done, title: parsed.title || feed.title, etag: outcome.validators.etag, lastModified: outcome.validators.lastModified });
      return fresh.length;
    });
  } catch (error) {
    if (!(error instanceof FetchFailed || error instanceof FeedFormatError)) throw error;
    const failures = feed.failures + 1;
    const message = error instanceof FeedFormatError ? `Not a feed Backstory can read: ${error.message}` : `The feed could not be fetched: ${error.message}`;
    await db.feeds.update(feed.id, {
      lastFetchAt: startedAt, lastError: message, failures, lastAdded: 0,
      nextFetchAt: retryAt(failures, now(), error instanceof FetchFailed ? error.retryAfterMs : null),
    });
    return 0;
  }
}
