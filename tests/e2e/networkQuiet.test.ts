import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDemoServer, type DemoServer } from '../support/demoServer';
import { launchWithExtension, type ExtensionBrowser } from '../support/extensionBrowser';
import { browserForTests } from './browser';

// Issue 12: Backstory reads pages on the reader's machine and sends nothing anywhere. This test
// records every request while the extension reads the fixture pages, the seed articles and an
// off-topic page, saves an article and shows its panel and archive page: the service worker's
// (Playwright reports a worker's requests), the extension pages', and the web pages' (where a
// content script's would appear). Only the pages and what their own HTML names may be fetched.
const FIXTURES = path.resolve(__dirname, '../fixtures/detect');
const browserPath = browserForTests();

interface Recorded { url: string; from: 'worker' | 'extension page' | 'web page'; type: string }

/** Serves each fixture page at /fixtures/<slug>.html and logs every path asked for. */
async function startFixtureServer() {
  const pages = new Map(readdirSync(FIXTURES).map((slug) => [`/fixtures/${slug}.html`, readFileSync(path.join(FIXTURES, slug, 'source.html'), 'utf8')]));
  const asked: string[] = [];
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    asked.push(pathname);
    const html = pages.get(pathname);
    response.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // What a page names itself (its images, style sheets, favicon): the page's requests, not ours.
  const named = new Set(['/favicon.ico', ...pages.keys()]);
  for (const [pathname, html] of pages) {
    for (const [, ref] of html.matchAll(/(?:src|href)="([^"#]+)/g)) named.add(new URL(ref!, `${origin}${pathname}`).pathname);
  }
  return { origin, urls: [...pages.keys()].map((p) => `${origin}${p}`), asked, named, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe.skipIf(!browserPath)('the network while Backstory reads pages', () => {
  let fixtures: Awaited<ReturnType<typeof startFixtureServer>>;
  let demo: DemoServer;
  let browser: ExtensionBrowser;
  const recorded: Recorded[] = [];

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    demo = await startDemoServer();
    browser = await launchWithExtension({ headless: true, executablePath: browserPath! });
    browser.context.on('request', (request) => {
      const worker = request.serviceWorker();
      let frameUrl = '';
      try {
        frameUrl = request.frame().url();
      } catch {
        // a worker's request has no frame
      }
      const from = worker ? 'worker' : frameUrl.startsWith('chrome-extension:') ? 'extension page' : 'web page';
      recorded.push({ url: request.url(), from, type: request.resourceType() });
    });
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
    await fixtures?.close();
  });

  test('reading 37 pages, saving one and opening its panel and the archive page: no request beyond the pages', async () => {
    const started = Date.now();
    const pages = [...fixtures.urls, ...demo.seeds.map((seed) => demo.urlOf(seed)), demo.offTopicUrl];
    for (const url of pages) {
      const page = await browser.context.newPage();
      await page.goto(url);
      // The detector runs when parsing ends (a topical article is reported then, any other verdict
      // once the page is idle); the extractor and the analysis soon after.
      await page.waitForTimeout(800);
      await page.close();
    }
    const article = await browser.context.newPage();
    await article.goto(demo.urlOf(demo.seeds[3]!));
    const panel = await browser.openExtensionPage(`sidepanel.html?tabId=${await browser.tabIdOf(article)}`);
    await panel.locator('button.save').click();
    await panel.getByText(/In your archive since/).waitFor({ timeout: 30_000 });
    const archive = await browser.openExtensionPage('options.html');
    await archive.getByText(/Putin heads for Belarus/).first().waitFor({ timeout: 30_000 });
    console.log(`e2e network: ${pages.length} pages read in ${((Date.now() - started) / 1000).toFixed(1)} s; ${recorded.length} requests recorded`);

    const extensionOrigin = `chrome-extension://${browser.extensionId}/`;
    const own = (url: string) => url.startsWith(extensionOrigin) || url.startsWith('data:') || url.startsWith('blob:');
    // The worker and the extension's pages fetch only the extension's own files.
    expect(recorded.filter((r) => r.from !== 'web page' && !own(r.url))).toEqual([]);
    // Web pages fetch only from this machine's two servers (nothing leaves it) ...
    const local = [fixtures.origin, demo.origin].map((origin) => `${origin}/`);
    expect(recorded.filter((r) => r.from === 'web page' && !own(r.url) && !local.some((origin) => r.url.startsWith(origin)))).toEqual([]);
    // ... and from them only the pages and what each page's own HTML names.
    expect(fixtures.asked.filter((pathname) => !fixtures.named.has(pathname))).toEqual([]);
    const demoPaths = new Set(pages.filter((url) => url.startsWith(demo.origin)).map((url) => new URL(url).pathname));
    const demoAsked = recorded.filter((r) => r.url.startsWith(demo.origin)).map((r) => new URL(r.url).pathname);
    expect(demoAsked.filter((pathname) => !demoPaths.has(pathname) && pathname !== '/favicon.ico')).toEqual([]);
    // The recording saw the worker and the pages at work.
    expect(recorded.some((r) => r.from === 'extension page')).toBe(true);
    expect(fixtures.asked.length).toBeGreaterThanOrEqual(fixtures.urls.length);
  }, 300_000);
});
