import { useEffect, useState } from 'preact/hooks';
import { addFeed, askToFetch, feedProblem, feedStatus, feedUrlOf, fetchFeedNow, removeFeed, setKeepAll, setPaused } from '@/src/feeds/feedActions';
import { FeedsDB, type FeedRecord } from '@/src/feeds/feedsDb';

const db = new FeedsDB();

interface FeedRow {
  feed: FeedRecord;
  waiting: number;
}

/** The rows as stored; the worker writes them as it works, so they are read again every second. */
function useFeeds(): FeedRow[] {
  const [rows, setRows] = useState<FeedRow[]>([]);
  useEffect(() => {
    let live = true;
    const read = async () => {
      const feeds = await db.feeds.toArray();
      const pending = await db.items.where('[state+notBefore]').between(['pending', -Infinity], ['pending', Infinity]).toArray();
      if (live) setRows(feeds.map((feed) => ({ feed, waiting: pending.filter((item) => item.feedId === feed.id).length })));
    };
    void read();
    const timer = setInterval(() => void read(), 1000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  return rows;
}

/**
 * RSS and Atom feeds the reader follows: added by address (leave to fetch from its site is asked
 * then), fetched every hour and on request, each article read as if saved. The only network
 * traffic Backstory makes, and only to the addresses given here.
 */
export function FeedsSection() {
  const rows = useFeeds();
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
          {rows.map(({ feed, waiting }) => (
            <FeedItem key={feed.id} feed={feed} waiting={waiting} />
          ))}
        </ul>
      )}
    </section>
  );
}

function FeedItem({ feed, waiting }: FeedRow) {
  const name = feed.title || feed.url;
  const error = feedProblem(feed);
  return (
    <li style={{ padding: '8px 0', borderBottom: '1px solid var(--line)' }} data-testid="feed" data-feed-url={feed.url}>
      <div>
        <strong>{name}</strong>
        {feed.title && <span class="hint"> {feed.url}</span>}
      </div>
      <label class="check">
        <input type="checkbox" checked={feed.keepAll} onChange={(event) => void setKeepAll(db, feed.id, (event.target as HTMLInputElement).checked)} data-testid="feed-row-keep-all" />
        <span>Keep articles on any topic from this feed</span>
      </label>
      <p class="note" data-testid="feed-status">
        {feedStatus(feed, waiting)}
      </p>
      {error && (
        <p class="error" data-testid="feed-error">
          {error}
        </p>
      )}
      <div class="feed-actions" style={{ display: 'flex', gap: '8px', flexWrap: 'wrap' }}>
        <button type="button" class="secondary small" disabled={feed.paused} onClick={() => void fetchFeedNow(db, feed.id)} aria-label={`Fetch now: ${name}`} data-testid="feed-fetch">
          Fetch now
        </button>
        <button type="button" class="secondary small" onClick={() => void setPaused(db, feed.id, !feed.paused)} aria-label={`${feed.paused ? 'Resume' : 'Pause'}: ${name}`} data-testid="feed-pause">
          {feed.paused ? 'Resume' : 'Pause'}
        </button>
        <button type="button" class="secondary small" onClick={() => void removeFeed(db, feed.id)} aria-label={`Remove: ${name} (its articles stay in the archive)`} data-testid="feed-remove">
          Remove
        </button>
      </div>
    </li>
  );
}
