import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { ArchiveDB } from '../archive';
import { parseHtml } from '../cli/html';
import { feedWork } from './feedProgress';
import { FeedsDB, newFeed, type FeedRecord } from './feedsDb';
import { PoliteFetcher } from './politeFetch';
import { readPageIn } from './readPage';
import { runFeeds } from './runFeeds';
import { formatDuration } from '../ui/timeLeft';

/** What the command line says of one feed. */
export interface FeedIngestSummary {
  feed: string;
  title: string;
  /** Entries the feed listed with a page. */
  entries: number;
  added: { title: string; url: string }[];
  skipped: { url: string; reason: string }[];
  /** Why the feed itself could not be read, or null. */
  error: string | null;
}

/**
 * `ingest --feed URL`: the feeds fetched once, each entry's page read by the same pipeline as
 * in the browser (linkedom for the DOM here) and stored in the archive with origin 'feed'. The
 * feeds' bookkeeping lives in memory for the run: an entry already in the archive is found by
 * its address or text and skipped, never stored twice. `progress` gets one line per request,
 * with the pages read of all found, the time taken and, once the pace is known, the time left.
 */
export async function ingestFeeds(archive: ArchiveDB, urls: string[], progress: (line: string) => void, fetchImpl?: typeof fetch): Promise<FeedIngestSummary[]> {
  const feeds = new FeedsDB(`cli-feeds-${Date.now()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const ids: number[] = [];
  for (const url of urls) ids.push(await feeds.feeds.add(newFeed(url, false) as FeedRecord));
  let step = 0;
  const started = Date.now();
  await runFeeds({
    archive, feeds,
    fetcher: new PoliteFetcher(fetchImpl),
    readPage: readPageIn((html) => parseHtml(html, 'about:blank')),
    onStep: async (line) => {
      step += 1;
      const items = await feeds.items.toArray();
      const left = items.filter((item) => item.state === 'pending').length;
      // The last feed's time left counts the pages of the feeds read before it: the run's.
      const msLeft = Math.max(-1, ...[...feedWork(await feeds.feeds.toArray(), items, Date.now()).values()].map((work) => work.msLeft ?? -1));
      const read = items.length ? `, ${items.length - left} of ${items.length} pages read` : '';
      const eta = msLeft > 0 ? `, about ${formatDuration(msLeft)} left` : '';
      progress(`[${step}${read}, ${Math.round((Date.now() - started) / 1000)} s${eta}] fetching ${line.replace(/^(feed|page) /, '$1 ')}`);
    },
  });
  const summaries: FeedIngestSummary[] = [];
  for (const id of ids) {
    const feed = (await feeds.feeds.get(id))!;
    const items = await feeds.items.where('feedId').equals(id).sortBy('position');
    summaries.push({
      feed: feed.url,
      title: feed.title,
      entries: items.length,
      added: items.filter((item) => item.state === 'added').map(({ title, url }) => ({ title, url })),
      // Pages still pending failed in this run and are retried in the browser only: listed with their error.
      skipped: items.filter((item) => item.state !== 'added').map(({ url, reason }) => ({ url, reason: reason ?? 'not read' })),
      error: feed.lastError,
    });
  }
  feeds.close();
  return summaries;
}
