import { useCallback, useEffect, useState } from 'preact/hooks';
import { addFeed, askToFetch, feedProblem, feedStatus, feedUrlOf, fetchFeedNow, removeFeed, setKeepAll, setPaused } from '@/src/feeds/feedActions';
import { feedWork, type FeedWork } from '@/src/feeds/feedProgress';
import { FeedsDB, type FeedRecord } from '@/src/feeds/feedsDb';
import { SkippedEntries } from './SkippedEntries';

const db = new FeedsDB();

interface FeedRow {
  feed: FeedRecord;
  work: FeedWork | null;
  /** Moves whenever the rows are read again, so an open list of skipped pages follows. */
  tick: number;
}

/**
 * The rows as stored; the worker writes them as it works, so they are read again every second,
 * and at once after the reader's own change (a removed feed leaves the list when its row does,
 * not up to a second later). Only feeds with pages pending have their entries read.
 */
function useFeeds(): { rows: FeedRow[]; refresh: () => Promise<void> } {
  const [rows, setRows] = useState<FeedRow[]>([]);
  const [live] = useState(() => ({ current: true, reads: 0 }));
  const refresh = useCallback(async () => {
    const read = ++live.reads;
    const feeds = await db.feeds.toArray();
    const pending = await db.items.where('[state+notBefore]').between(['pending', -Infinity], ['pending', Infinity]).toArray();
    const busy = [...new Set(pending.map((item) => item.feedId))];
    const items = busy.length === 0 ? [] : await db.items.where('feedId').anyOf(busy).toArray();
    const work = feedWork(feeds, items, Date.now());
    // A read that started earlier and ended later must not bring back what a newer one removed.
    if (live.current && read === live.reads) setRows(feeds.map((feed) => ({ feed, work: work.get(feed.id) ?? null, tick: read })));
  }, [live]);
  useEffect(() => {
    live.current = true;
    void refresh();
    const timer = setInterval(() => void refresh(), 1000);
    return () => {
      live.current = false;
      clearInterval(timer);
    };
  }, [refresh, live]);
  return { rows, refresh };
}

/**
 * RSS and Atom feeds the reader follows: added by address (leave to fetch from its site is asked
 * then), fetched every hour and on request, each article read as if saved. The only network
 * traffic Backstory makes, and only to the addresses given here.
 */
export function FeedsSection() {
  const { rows, refresh } = useFeeds();
  const [typed, setTyped] = useState('');
  const [keepAll, setKeepAll] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const add = (event: Event) => {
    event.preventDefault();
    const url = feedUrlOf(typed);
    if (!url) return setProblem(`“${typed.trim()}” is not a feed's address. Paste the link to the RSS or Atom feed, such as https://news.example/rss.`);
    // Asked before any await, while the click still counts as the reader's.
    void askToFetch(url).then(async (allowed) => {
      if (!allowed) return setProblem(`Backstory was not allowed to fetch from ${url.hostname}, so the feed was not added.`);
      const refused = await addFeed(db, url, keepAll);
      await refresh();
      setProblem(refused);
      if (!refused) setTyped('');
    });
  };

  return (
    <section class="section-block" aria-labelledby="feeds-title" data-testid="feeds">
      <h2 id="feeds-title">Feeds</h2>
      <p class="hint">
        Backstory fetches the RSS and Atom feeds you add here every hour, and reads each new article as if you had saved it. This is the only time Backstory goes on the network, and only to these addresses and the pages their entries link to.
      </p>
      <form class="site-form" onSubmit={add}>
        <label>
          <span class="visually-hidden">Feed address</span>
          <input type="url" placeholder="https://news.example/rss" value={typed} onInput={(event) => setTyped((event.target as HTMLInputElement).value)} data-testid="feed-url" />
        </label>
        <button type="submit" class="secondary" data-testid="feed-add">
          Add feed
        </button>
      </form>
      <label class="check">
        <input type="checkbox" checked={keepAll} onChange={(event) => setKeepAll((event.target as HTMLInputElement).checked)} data-testid="feed-keep-all" />
        <span>
          <strong>Keep articles on any topic</strong>
          <span class="hint"> Otherwise only articles about Russia, Belarus or Ukraine are kept.</span>
        </span>
      </label>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {rows.length === 0 ? (
        <p class="note">No feeds yet.</p>
      ) : (
        <ul class="feeds" style={{ listStyle: 'none', padding: 0, margin: '10px 0 0', maxWidth: '720px' }} data-testid="feed-list">
          {rows.map((row) => (
            <FeedItem key={row.feed.id} {...row} refresh={refresh} />
          ))}
        </ul>
      )}
    </section>
  );
}

function FeedItem({ feed, work, tick, refresh }: FeedRow & { refresh: () => Promise<void> }) {
  const name = feed.title || feed.url;
  const error = feedProblem(feed);
  // The reader's change is shown as soon as it is stored.
  const then = (change: Promise<void>) => void change.then(refresh);
  return (
    <li style={{ padding: '8px 0', borderBottom: '1px solid var(--line)' }} data-testid="feed" data-feed-url={feed.url}>
      <div>
        <strong>{name}</strong>
        {feed.title && <span class="hint"> {feed.url}</span>}
      </div>
      <label class="check">
        <input type="checkbox" checked={feed.keepAll} onChange={(event) => then(setKeepAll(db, feed.id, (event.target as HTMLInputElement).checked))} data-testid="feed-row-keep-all" />
        <span>Keep articles on any topic from this feed</span>
      </label>
      <p class="note" data-testid="feed-status">
        {feedStatus(feed, work)}
      </p>
      {error && (
        <p class="error" data-testid="feed-error">
          {error}
        </p>
      )}
      <SkippedEntries db={db} feedId={feed.id} tick={tick} />
      <div class="feed-actions" style={{ display: 'flex', gap: '8px', flexWrap: 'wrap' }}>
        <button type="button" class="secondary small" disabled={feed.paused} onClick={() => then(fetchFeedNow(db, feed.id))} aria-label={`Fetch now: ${name}`} data-testid="feed-fetch">
          Fetch now
        </button>
        <button type="button" class="secondary small" onClick={() => then(setPaused(db, feed.id, !feed.paused))} aria-label={`${feed.paused ? 'Resume' : 'Pause'}: ${name}`} data-testid="feed-pause">
          {feed.paused ? 'Resume' : 'Pause'}
        </button>
        <button type="button" class="secondary small" onClick={() => then(removeFeed(db, feed.id))} aria-label={`Remove: ${name} (its articles stay in the archive)`} data-testid="feed-remove">
          Remove
        </button>
      </div>
    </li>
  );
}
