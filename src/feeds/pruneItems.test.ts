import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { loadSeeds, offTopicPageHtml, seedPageHtml } from '../../tests/support/seedPages';
import { freshArchive } from '../archive/testing';
import { parseHtml } from '../cli/html';
import { FeedsDB, newFeed } from './feedsDb';
import { PoliteFetcher } from './politeFetch';
import { KEEP_UNLISTED_MS } from './pruneItems';
import { readPageIn } from './readPage';
import { runFeeds } from './runFeeds';

// The feeds database remembers each entry so its page is read once; without letting go, a feed
// of 50 entries a day would leave 18,000 rows a year. Rows go once the feed has long stopped
// listing them, and an entry that comes back is not fetched again when the archive has it.
const seeds = loadSeeds();
const SITE = 'https://minsk-news.example';
const DAY = 24 * 3600_000;
const PAGES: Record<string, string> = {
  '/2023/01/lukashenko-putin.html': seedPageHtml(seeds[1]!, { url: `${SITE}/2023/01/lukashenko-putin.html` }),
  '/2023/01/drills.html': seedPageHtml(seeds[3]!, { url: `${SITE}/2023/01/drills.html` }),
  '/2023/01/bread.html': offTopicPageHtml(`${SITE}/2023/01/bread.html`),
  '/2023/02/kyiv.html': seedPageHtml(seeds[0]!, { url: `${SITE}/2023/02/kyiv.html` }),
};

/** A site whose feed lists what `listing` holds at the time of the request (no validators: every fetch is a 200). */
function site() {
  const state = { listing: [] as string[], pageRequests: [] as string[] };
  const rss = () => `<?xml version="1.0"?><rss version="2.0"><channel><title>Минские новости</title>${state.listing
    .map((path) => `<item><title>${path}</title><link>${SITE}${path}</link><guid>${SITE}${path}</guid></item>`)
    .join('')}</channel></rss>`;
  const fetchImpl = (async (input: RequestInfo | URL) => {
    const path = new URL(String(input)).pathname;
    if (path === '/rss') return new Response(rss(), { headers: { 'content-type': 'application/rss+xml' } });
    state.pageRequests.push(path);
    return new Response(PAGES[path] ?? 'gone', { status: PAGES[path] ? 200 : 404, headers: { 'content-type': 'text/html; charset=utf-8' } });
  }) as typeof fetch;
  return { state, fetchImpl };
}

async function setup(name: string) {
  const factory = new IDBFactory();
  const net = site();
  const archive = freshArchive(`${name}-archive`, factory);
  const feeds = new FeedsDB(`${name}-feeds`, { indexedDB: factory, IDBKeyRange });
  const id = await feeds.feeds.add(newFeed(`${SITE}/rss`, false) as never);
  const readPage = readPageIn((html) => parseHtml(html, 'about:blank'));
  /** One scheduled fetch on day `day`, with what the feed lists then. */
  const fetchOn = async (day: number, listing: string[]) => {
    net.state.listing = listing;
    await feeds.feeds.update(id, { nextFetchAt: 0 });
    return runFeeds({ archive, feeds, fetcher: new PoliteFetcher(net.fetchImpl, 0), readPage, now: () => Date.UTC(2023, 0, 10) + day * DAY });
  };
  const keys = async () => (await feeds.items.toArray()).map((item) => new URL(item.url).pathname).sort();
  return { net, archive, feeds, fetchOn, keys };
}

describe('letting go of entries a feed no longer lists', () => {
  test('rows of entries gone from the feed for two weeks are removed; those still listed stay, however old', async () => {
    const { fetchOn, keys } = await setup('prune');
    await fetchOn(0, ['/2023/01/lukashenko-putin.html', '/2023/01/drills.html', '/2023/01/bread.html']);
    expect(await keys()).toHaveLength(3);
    // The feed moves on, but keeps its top story listed all along.
    for (let day = 1; day <= 20; day += 1) await fetchOn(day, ['/2023/02/kyiv.html', '/2023/01/lukashenko-putin.html']);
    expect(KEEP_UNLISTED_MS).toBe(14 * DAY);
    expect(await keys()).toEqual(['/2023/01/lukashenko-putin.html', '/2023/02/kyiv.html']);
  });

  test('not yet two weeks gone: kept; and a pending entry (work left) is never let go', async () => {
    const { fetchOn, keys, feeds } = await setup('prune-young');
    await fetchOn(0, ['/2023/01/drills.html', '/2023/01/missing.html']);
    const missing = (await feeds.items.toArray()).find((item) => item.url.endsWith('missing.html'))!;
    expect(missing.state).toBe('pending'); // a 404, to be tried again
    await feeds.items.update([missing.feedId, missing.key], { notBefore: Number.MAX_SAFE_INTEGER });
    await fetchOn(13, ['/2023/02/kyiv.html']);
    expect(await keys()).toEqual(['/2023/01/drills.html', '/2023/01/missing.html', '/2023/02/kyiv.html']);
    await fetchOn(30, ['/2023/02/kyiv.html']);
    expect(await keys()).toEqual(['/2023/01/missing.html', '/2023/02/kyiv.html']);
  });

  test('an entry let go that the feed lists again is not fetched again: the archive has its address', async () => {
    const { fetchOn, keys, net, archive } = await setup('prune-return');
    await fetchOn(0, ['/2023/01/drills.html']);
    await fetchOn(20, ['/2023/02/kyiv.html']);
    expect(await keys()).toEqual(['/2023/02/kyiv.html']);
    const requests = net.state.pageRequests.length;
    const back = await fetchOn(21, ['/2023/01/drills.html', '/2023/02/kyiv.html']);
    expect(back).toMatchObject({ itemsFound: 1, added: 0, skipped: 1 });
    expect(net.state.pageRequests.length).toBe(requests);
    expect(await archive.articles.count()).toBe(2);
  });
});
