import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/extensionBrowser';
import { browserForTests } from './browser';
import { newsSite } from './feedsSite';
import { expectReadable } from './panelChecks';

const ARTEFACTS = path.resolve(__dirname, '../../test-results');
const browserPath = browserForTests();

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
  const seeds = site.seeds;

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
    // The page not stored is listed with why.
    await row.getByTestId('feed-skipped').locator('summary').click();
    await expect.poll(() => row.getByTestId('feed-skipped-entry').allTextContents()).toEqual(['Материал 3: not about Russia, Belarus or Ukraine']);
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
    const status = row.getByTestId('feed-status');
    await expect.poll(() => status.textContent()).toMatch(/ · 0 of 5 pages read\.$/);
    await row.getByTestId('feed-fetch').click();
    // Once three pages are read, the pace gives the time left (a page takes 1.5 s and the second between requests).
    await expect.poll(() => status.textContent(), { timeout: 60_000, interval: 200 }).toMatch(/ · [34] of 5 pages read, about \d+ s left\.$/);
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/ · 3 articles added \(3 in all\)\.$/);
    const urls = (await storedUrls(options)).map((a) => a.url);
    expect(urls.length - before).toBe(3);
    expect(new Set(urls).size).toBe(urls.length);
    await row.getByTestId('feed-skipped').locator('summary').click();
    await expect.poll(() => row.getByTestId('feed-skipped-entry').allTextContents().then((entries) => entries.sort())).toEqual([
      'Материал 4: not about Russia, Belarus or Ukraine',
      'Материал 5: already in your archive (same text)',
    ]);
    await options.close();
  }, 120_000);
});
