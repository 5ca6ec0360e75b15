import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/extensionBrowser';
import { loadSeeds, offTopicPageHtml, seedPageHtml } from '../support/seedPages';
import { browserForTests } from './browser';
import { expectReadable } from './panelChecks';

const ARTEFACTS = path.resolve(__dirname, '../../test-results');
const browserPath = browserForTests();
const seeds = loadSeeds();

interface Seen {
  path: string;
  ifNoneMatch: string | null;
  cookie: string | null;
}

/**
 * A news site on 127.0.0.1: two feeds (each with an ETag) and their pages, the seed articles
 * (test inputs read from shared/, never shipped) and an off-topic page. /slow/ pages answer
 * after a while, so the worker can be stopped in the middle of a fetch.
 */
function newsSite() {
  const seen: Seen[] = [];
  let origin = '';
  const page = (n: number, at: string) => seedPageHtml(seeds[n]!, { url: `${origin}${at}` });
  const rss = (title: string, paths: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title><![CDATA[${title}]]></title><link>${origin}/</link>
${paths.map((at, i) => `<item><title><![CDATA[Материал ${i + 1}]]></title><link>${at}</link><guid isPermaLink="false">${title}-${i}</guid><pubDate>Mon, 02 Jan 2023 1${i}:00:00 +0300</pubDate></item>`).join('\n')}
</channel></rss>`;
  const feeds: Record<string, () => string> = {
    '/politics/rss.xml': () => rss('Новости: политика', ['/news/belarus.html', '/news/minsk.html', '/life/bread.html']),
    '/slow/rss.xml': () => rss('Медленная лента', ['/slow/one.html', '/slow/two.html', '/slow/three.html']),
  };
  const pages: Record<string, () => string> = {
    '/news/belarus.html': () => page(1, '/news/belarus.html'),
    '/news/minsk.html': () => page(3, '/news/minsk.html'),
    '/life/bread.html': () => offTopicPageHtml(`${origin}/life/bread.html`),
    '/slow/one.html': () => page(0, '/slow/one.html'),
    '/slow/two.html': () => page(2, '/slow/two.html'),
    '/slow/three.html': () => page(4, '/slow/three.html'),
  };
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const at = new URL(request.url ?? '/', origin).pathname;
    seen.push({ path: at, ifNoneMatch: request.headers['if-none-match'] ?? null, cookie: request.headers.cookie ?? null });
    const feed = feeds[at];
    if (feed) {
      if (request.headers['if-none-match'] === '"feed-v1"') return response.writeHead(304).end();
      return response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"feed-v1"', 'set-cookie': 'tracker=1' }).end(feed());
    }
    const html = pages[at];
    if (!html) return response.writeHead(404).end('not here');
    const send = () => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html());
    if (at.startsWith('/slow/')) setTimeout(send, 1500);
    else send();
  });
  return {
    seen,
    origin: () => origin,
    start: () => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => {
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve();
    })),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The archive's articles, read in an extension page. */
async function storedUrls(page: Page): Promise<{ url: string; origin: string }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('backstory-archive');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('articles', 'readonly').objectStore('articles').getAll();
          all.onsuccess = () => {
            resolve((all.result as { url: string; origin: string }[]).map(({ url, origin }) => ({ url, origin })));
            db.close();
          };
        };
      }),
  );
}

const feedRow = (options: Page, url: string) => options.locator(`[data-testid="feed"][data-feed-url="${url}"]`);

async function addFeed(options: Page, url: string) {
  await options.getByTestId('feed-url').fill(url);
  await options.getByTestId('feed-add').click();
  await expect.poll(() => feedRow(options, url).count()).toBe(1);
}

describe.skipIf(!browserPath)('feeds on the archive page', () => {
  let browser: ExtensionBrowser;
  const site = newsSite();

  beforeAll(async () => {
    await site.start();
    browser = await launchWithExtension({ headless: true, executablePath: browserPath! });
  });
  afterAll(async () => {
    await browser?.close();
    await site.stop();
  });

  test('a feed added by address: its topical articles arrive, the status shows, a second fetch sends If-None-Match and adds nothing, pause and remove', async () => {
    const options = await browser.openExtensionPage('options.html');
    const feedUrl = `${site.origin()}/politics/rss.xml`;
    await addFeed(options, feedUrl);
    const row = feedRow(options, feedUrl);
    const status = row.getByTestId('feed-status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/^Last fetched .* · 2 articles added \(2 in all\)\.$/);
    await expect.poll(() => row.textContent()).toContain('Новости: политика');
    const stored = await storedUrls(options);
    expect(stored.map((a) => a.url).sort()).toEqual([`${site.origin()}/news/belarus.html`, `${site.origin()}/news/minsk.html`]);
    expect(stored.every((a) => a.origin === 'feed')).toBe(true);
    // The archive list shows them like any saved article.
    await expect.poll(() => options.locator('body').textContent(), { timeout: 10_000 }).toContain(seeds[3]!.title);
    // Each page was asked for once; no cookie the site set went back to it.
    const pagesRead = site.seen.filter((s) => !s.path.endsWith('.xml')).map((s) => s.path).sort();
    expect(pagesRead).toEqual(['/life/bread.html', '/news/belarus.html', '/news/minsk.html']);
    expect(site.seen.every((s) => s.cookie === null)).toBe(true);
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      await expectReadable(options);
      await options.getByTestId('feeds').screenshot({ path: path.join(ARTEFACTS, `feeds-fetched-${scheme}.png`) });
    }
    await options.emulateMedia({ colorScheme: 'light' });

    const before = site.seen.length;
    await row.getByTestId('feed-fetch').click();
    await expect.poll(() => site.seen.slice(before).map((s) => `${s.path} ${s.ifNoneMatch}`), { timeout: 30_000 }).toEqual(['/politics/rss.xml "feed-v1"']);
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/ · 0 articles added \(2 in all\)\.$/);
    expect((await storedUrls(options)).length).toBe(2);

    // Keep every topic, a per-feed choice: it stays chosen.
    await row.getByTestId('feed-row-keep-all').check();
    await options.waitForTimeout(1200);
    expect(await row.getByTestId('feed-row-keep-all').isChecked()).toBe(true);
    await row.getByTestId('feed-pause').click();
    await expect.poll(() => status.textContent()).toBe('Paused. 2 articles added in all.');
    expect(await row.getByTestId('feed-fetch').isDisabled()).toBe(true);
    await row.getByTestId('feed-remove').click();
    await expect.poll(() => row.count()).toBe(0);
    expect((await storedUrls(options)).length).toBe(2); // the articles stay
    await options.close();
  }, 120_000);

  test('a feed that cannot be fetched shows the error and when it is tried again', async () => {
    const options = await browser.openExtensionPage('options.html');
    const feedUrl = `${site.origin()}/nowhere.xml`;
    await addFeed(options, feedUrl);
    const row = feedRow(options, feedUrl);
    await expect.poll(() => row.getByTestId('feed-error').textContent().catch(() => ''), { timeout: 30_000 }).toMatch(/^The feed could not be fetched: the server answered 404 Not Found\. Next try \d+ \w+, \d\d:\d\d\.$/);
    await expectReadable(options);
    await options.getByTestId('feeds').screenshot({ path: path.join(ARTEFACTS, 'feeds-error-light.png') });
    await row.getByTestId('feed-remove').click();
    await expect.poll(() => row.count()).toBe(0);
    await options.close();
  }, 60_000);

  test('the worker stopped in the middle of a fetch: Fetch now resumes, and nothing is stored twice', async () => {
    const options = await browser.openExtensionPage('options.html');
    const feedUrl = `${site.origin()}/slow/rss.xml`;
    const before = (await storedUrls(options)).length;
    await addFeed(options, feedUrl);
    // The first slow page is on its way: stop the worker as the browser stops an idle one.
    await expect.poll(() => site.seen.some((s) => s.path === '/slow/one.html'), { timeout: 30_000, interval: 50 }).toBe(true);
    await browser.stopWorker();
    const row = feedRow(options, feedUrl);
    await expect.poll(() => row.getByTestId('feed-status').textContent()).toMatch(/pages? still to read/);
    await row.getByTestId('feed-fetch').click();
    await expect.poll(() => row.getByTestId('feed-status').textContent(), { timeout: 60_000 }).toMatch(/\(3 in all\)\.$/);
    const urls = (await storedUrls(options)).map((a) => a.url);
    expect(urls.length - before).toBe(3);
    expect(new Set(urls).size).toBe(urls.length);
    await options.close();
  }, 120_000);
});
