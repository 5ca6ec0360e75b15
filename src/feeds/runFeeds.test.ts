import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { loadSeeds, offTopicPageHtml, seedPageHtml } from '../../tests/support/seedPages';
import { freshArchive } from '../archive/testing';
import { parseHtml } from '../cli/html';
import { FeedsDB, newFeed } from './feedsDb';
import { PoliteFetcher } from './politeFetch';
import { readPageIn, type ReadPage } from './readPage';
import { runFeeds, type FeedRunDeps } from './runFeeds';

const seeds = loadSeeds();
const SITE = 'https://news.example';
const page = (n: number, path: string) => seedPageHtml(seeds[n]!, { url: `${SITE}${path}` });
const readPage: ReadPage = readPageIn((html) => parseHtml(html, 'about:blank'));

const rss = (paths: string[]) => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Новости</title>
${paths.map((path, i) => `<item><title>Статья ${i}</title><link>${path}</link><pubDate>Mon, 02 Jan 2023 1${i}:00:00 +0300</pubDate></item>`).join('\n')}
</channel></rss>`;

/** A site serving a feed (with an ETag) and its pages, counting requests. */
function site(pages: Record<string, string>, feedPaths: string[]) {
  const requests: { url: string; ifNoneMatch: string | null }[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const headers = new Headers(init.headers);
    requests.push({ url: url.pathname, ifNoneMatch: headers.get('if-none-match') });
    if (url.pathname === '/rss') {
      if (headers.get('if-none-match') === '"feed-1"') return new Response(null, { status: 304 });
      return new Response(rss(feedPaths), { headers: { etag: '"feed-1"', 'content-type': 'application/rss+xml' } });
    }
    const html = pages[url.pathname];
    return html ? new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } }) : new Response('gone', { status: 404 });
  }) as typeof fetch;
  return { requests, fetchImpl };
}

function setup(name: string, net: ReturnType<typeof site>, factory = new IDBFactory()) {
  const archive = freshArchive(`${name}-archive`, factory);
  const feeds = new FeedsDB(`${name}-feeds`, { indexedDB: factory, IDBKeyRange });
  const deps = (extra: Partial<FeedRunDeps> = {}): FeedRunDeps => ({ archive, feeds, fetcher: new PoliteFetcher(net.fetchImpl, 0), readPage, ...extra });
  return { archive, feeds, deps, factory };
}

const PAGES = {
  '/war/belarus.html': page(1, '/war/belarus.html'),
  '/war/minsk.html': page(3, '/war/minsk.html'),
  '/life/bread.html': offTopicPageHtml(),
  // The same report again under a tracking address: stored once.
  '/amp/minsk.html': page(3, '/amp/minsk.html'),
};
const FEED = ['/war/belarus.html', '/war/minsk.html', '/life/bread.html', '/amp/minsk.html', '/war/deleted.html'];

describe('feed runs', () => {
  test('topical articles stored once with origin feed, the rest skipped with why; a second fetch sends the ETag and adds nothing', async () => {
    const net = site(PAGES, FEED);
    const { archive, feeds, deps } = setup('run', net);
    const id = await feeds.feeds.add(newFeed(`${SITE}/rss`, false) as never);
    const first = await runFeeds(deps());
    expect(first).toMatchObject({ feedsFetched: 1, itemsFound: 5, added: 2, skipped: 2 });
    const stored = await archive.articles.toArray();
    expect(stored.map((a) => a.url).sort()).toEqual([`${SITE}/war/belarus.html`, `${SITE}/war/minsk.html`]);
    expect(stored.every((a) => a.origin === 'feed')).toBe(true);
    const items = await feeds.items.where('feedId').equals(id).toArray();
    const reason = (path: string) => items.find((item) => item.url === `${SITE}${path}`)!;
    expect(reason('/life/bread.html')).toMatchObject({ state: 'skipped', reason: 'not about Russia, Belarus or Ukraine' });
    expect(reason('/amp/minsk.html')).toMatchObject({ state: 'skipped', reason: expect.stringMatching(/already in your archive/) });
    // A missing page is tried again later, not given up at once.
    expect(reason('/war/deleted.html')).toMatchObject({ state: 'pending', tries: 1 });
    const feed = (await feeds.feeds.get(id))!;
    expect(feed).toMatchObject({ title: 'Новости', lastAdded: 2, totalAdded: 2, lastError: null, etag: '"feed-1"', failures: 0 });

    // Due again: the feed is asked for with its ETag, answers 304, and nothing is added or read.
    await feeds.feeds.update(id, { nextFetchAt: 0 });
    const before = net.requests.length;
    const second = await runFeeds(deps());
    expect(net.requests.slice(before)).toEqual([{ url: '/rss', ifNoneMatch: '"feed-1"' }]);
    expect(second).toMatchObject({ feedsFetched: 1, itemsFound: 0, added: 0 });
    expect(await archive.articles.count()).toBe(2);
    expect((await feeds.feeds.get(id))!.lastAdded).toBe(0);
  });

  test('a feed that keeps every topic stores the off-topic article too', async () => {
    const net = site(PAGES, ['/life/bread.html']);
    const { archive, feeds, deps } = setup('keep-all', net);
    await feeds.feeds.add(newFeed(`${SITE}/rss`, true) as never);
    expect(await runFeeds(deps())).toMatchObject({ added: 1 });
    expect((await archive.articles.toArray())[0]!.url).toBe(`${SITE}/life/bread.html`);
  });

  test('a worker stopped in the middle of a run: the next run reads what is left, nothing twice', async () => {
    const net = site(PAGES, FEED);
    const { archive, feeds, deps } = setup('resume', net);
    await feeds.feeds.add(newFeed(`${SITE}/rss`, false) as never);
    let steps = 0;
    // The worker stops as the second page is about to be fetched: the run ends there, mid-work.
    const stopping = () => {
      steps += 1;
      if (steps === 3) throw new Error('worker stopped');
    };
    await expect(runFeeds(deps({ onStep: stopping }))).rejects.toThrow('worker stopped');
    expect(await archive.articles.count()).toBe(1);
    // And as if it had stopped between storing the first article and marking its entry.
    const stuck = (await feeds.items.toArray()).find((item) => item.url.endsWith('/war/belarus.html'))!;
    await feeds.items.update([stuck.feedId, stuck.key], { state: 'pending' });
    const again = await runFeeds(deps());
    expect(again.feedsFetched).toBe(0); // not due: only the work left is done
    const urls = (await archive.articles.toArray()).map((a) => a.url).sort();
    expect(urls).toEqual([...new Set(urls)]);
    expect(urls).toEqual([`${SITE}/war/belarus.html`, `${SITE}/war/minsk.html`]);
    expect((await feeds.items.toArray()).filter((item) => item.state === 'pending').map((item) => item.url)).toEqual([`${SITE}/war/deleted.html`]);
  });

  test('paused in the middle of a run (the reader\'s way to stop it): no page of it is read after the one on its way, and Resume reads the rest', async () => {
    const net = site(PAGES, FEED);
    const { archive, feeds, deps } = setup('pause-midway', net);
    const id = await feeds.feeds.add(newFeed(`${SITE}/rss`, false) as never);
    let pages = 0;
    const pauseAfterFirstPage = async (line: string) => {
      if (line.startsWith('page ') && ++pages === 2) await feeds.feeds.update(id, { paused: true });
    };
    const stopped = await runFeeds(deps({ onStep: pauseAfterFirstPage }));
    // The second page's request was already decided when the pause came; none after it.
    expect(stopped.added + stopped.skipped).toBe(2);
    expect(net.requests.filter((r) => r.url !== '/rss')).toHaveLength(2);
    await feeds.feeds.update(id, { paused: false });
    await runFeeds(deps());
    expect((await archive.articles.toArray()).map((a) => a.url).sort()).toEqual([`${SITE}/war/belarus.html`, `${SITE}/war/minsk.html`]);
    expect(net.requests.filter((r) => r.url !== '/rss').map((r) => r.url)).toEqual(FEED);
  });

  test('a paused feed is neither fetched nor read; a broken feed records its error and backs off', async () => {
    const net = site(PAGES, FEED);
    const { feeds, deps } = setup('pause', net);
    await feeds.feeds.add({ ...newFeed(`${SITE}/rss`, false), paused: true } as never);
    const broken = await feeds.feeds.add(newFeed(`${SITE}/missing-feed`, false) as never);
    const summary = await runFeeds(deps({ now: () => 1_000_000 }));
    expect(summary.feedsFetched).toBe(1);
    expect(net.requests.map((r) => r.url)).toEqual(['/missing-feed']);
    const row = (await feeds.feeds.get(broken))!;
    expect(row.lastError).toBe('The feed could not be fetched: the server answered 404');
    expect(row.failures).toBe(1);
    expect(row.nextFetchAt).toBe(1_000_000 + 5 * 60_000);
  });
});
