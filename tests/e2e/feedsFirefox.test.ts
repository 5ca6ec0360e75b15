import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { canUseVirtualDisplay } from '../support/virtualDisplay';
import { newsSite } from './feedsSite';
import { findFirefox } from './firefoxBrowser';
import { useFirefox } from './firefoxSuite';

const root = path.resolve(__dirname, '../..');
const ARTEFACTS = path.join(root, 'test-results');
const firefoxPath = findFirefox();

// Firefox's background page reads the feeds' pages with its own DOMParser (Chromium hands them
// to an offscreen document): the same feed as in feeds.test.ts, added as a reader adds it (the
// address typed, Enter pressed: the permission is asked within that key press).
describe.skipIf(!firefoxPath || !canUseVirtualDisplay())('feeds in Firefox ESR', () => {
  const site = newsSite();
  const firefox = useFirefox(firefoxPath ?? '');

  beforeAll(async () => {
    await site.start();
  });
  afterAll(async () => {
    await site.stop();
  });

  test('a feed added by address: topical articles stored, the skipped page listed with why, Fetch now sends If-None-Match, pause and remove', async () => {
    const options = await firefox().openExtensionPage('options.html');
    const feedUrl = `${site.origin()}/politics/rss.xml`;
    const row = `document.querySelector('[data-testid="feed"][data-feed-url="${feedUrl}"]')`;
    const text = (selector: string) => firefox().evaluate<string>(options, `(${row}?.querySelector('${selector}')?.textContent ?? '')`);
    const click = (selector: string) => firefox().evaluate(options, `(${row}.querySelector('${selector}').click(), 1)`);

    await firefox().evaluate(options, `(() => {
      const input = document.querySelector('[data-testid="feed-url"]');
      input.value = ${JSON.stringify(feedUrl)};
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.focus();
      return 1;
    })()`);
    firefox().keys('Return');
    await expect.poll(() => text('[data-testid="feed-status"]'), { timeout: 30_000 }).toMatch(/^Last fetched .* · 2 articles added \(2 in all\)\.$/);
    expect(await firefox().evaluate<string>(options, 'document.body.innerText')).not.toMatch(/was not allowed to fetch/);

    const stored = JSON.parse(await firefox().evaluate<string>(options, `new Promise((resolve, reject) => {
      const open = indexedDB.open('backstory-archive');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const all = open.result.transaction('articles', 'readonly').objectStore('articles').getAll();
        all.onsuccess = () => { resolve(JSON.stringify(all.result.map(({ url, origin }) => ({ url, origin })))); open.result.close(); };
      };
    })`)) as { url: string; origin: string }[];
    expect(stored.map((a) => a.url).sort()).toEqual([`${site.origin()}/news/belarus.html`, `${site.origin()}/news/minsk.html`]);
    expect(stored.every((a) => a.origin === 'feed')).toBe(true);
    expect(site.seen.every((s) => s.cookie === null)).toBe(true);

    await click('[data-testid="feed-skipped"] summary');
    await expect.poll(() => text('[data-testid="feed-skipped-entry"]')).toBe('Материал 3: not about Russia, Belarus or Ukraine');
    await firefox().screenshot(options, path.join(ARTEFACTS, 'feeds-firefox-light.png'));

    const before = site.seen.length;
    await click('[data-testid="feed-fetch"]');
    await expect.poll(() => site.seen.slice(before).map((s) => `${s.path} ${s.ifNoneMatch}`), { timeout: 30_000 }).toEqual(['/politics/rss.xml "feed-v1"']);
    await click('[data-testid="feed-pause"]');
    await expect.poll(() => text('[data-testid="feed-status"]')).toBe('Paused. 2 articles added in all.');
    await click('[data-testid="feed-remove"]');
    await expect.poll(() => firefox().evaluate<boolean>(options, `${row} === null`)).toBe(true);
  });
});
