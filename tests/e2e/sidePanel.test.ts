import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../support/demoServer';
import { launchWithExtension, type ExtensionBrowser } from '../support/extensionBrowser';
import { browserForTests } from './browser';

const ARTEFACTS = path.resolve(__dirname, '../../test-results');
const browserPath = browserForTests();
/** The panel's result: its related reports counted, or the offer of an empty archive. */
const READY = /Related reports\s*\d|Your archive is empty/i;

describe.skipIf(!browserPath)('the side panel in Chromium', () => {
  let server: DemoServer;
  let browser: ExtensionBrowser;
  const offMachine: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchWithExtension({ headless: true, executablePath: browserPath! });
    // Nothing may leave the machine: every request goes to the demo server or the extension.
    browser.context.on('request', (request) => {
      const url = new URL(request.url());
      if (!['127.0.0.1', browser.extensionId].includes(url.hostname) && url.protocol !== 'data:') offMachine.push(request.url());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const seed = (prefix: string) => server.seeds.find((candidate) => candidate.file.startsWith(prefix))!;

  async function openArticle(url: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(url);
    return page;
  }

  test('save one article with the Save button, then see it listed as related on the next', async () => {
    const first = await openArticle(server.urlOf(seed('003')));
    const panel = await browser.openSidePanel(first);
    // The result, not the analysis in progress (whose Save waits, greyed, in the same place).
    await panel.waitForText(READY);
    expect(await panel.text()).toContain('Putin heads for Belarus');
    await panel.screenshot(path.join(ARTEFACTS, 'panel-360px-article-not-yet-saved.png'));

    await panel.evaluate(`document.querySelector('button.save').click()`);
    await panel.waitForText(/In your archive since/);

    const second = await openArticle(server.urlOf(seed('004')));
    const secondPanel = await browser.openSidePanel(second);
    const text = await secondPanel.waitForText(/Related reports\s*1/i);
    await secondPanel.screenshot(path.join(ARTEFACTS, 'panel-360px-one-related-report-same-event.png'));
    expect(text).toContain('Putin heads for Belarus amid fears of new assault on Ukraine');
    expect(text).toContain('19 Dec 2022');
    expect(text).toContain(seed('003').outlet);
    expect(text).toContain('Same event');
    await first.close();
    await second.close();
  });

  test('an article on another topic gets the quiet state', async () => {
    const page = await openArticle(server.offTopicUrl);
    const panel = await browser.openSidePanel(page);
    await panel.waitForText(/Not about Russia, Belarus or Ukraine/);
    await panel.screenshot(path.join(ARTEFACTS, 'panel-360px-article-off-topic.png'));
    expect(await panel.text()).not.toMatch(/related reports/i);

    // The reader disagrees with the detector: the article is analysed and can be saved.
    await panel.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent.includes('Analyse it anyway')).click()`);
    const analysed = await panel.waitForText(READY);
    expect(analysed).toMatch(/Save to archive/i);
    expect(analysed).toContain('Retired teacher wins county fair sourdough contest');
    await page.close();
  });

  test('results survive the worker being stopped', async () => {
    const page = await openArticle(server.urlOf(seed('004')));
    const tabId = await browser.tabIdOf(page);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await browser.stopWorker();
    const view = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await view.locator('[data-testid=related] li.report').first().waitFor({ timeout: 15_000 });
    await view.close();
    await page.close();
  });

  test('web pages cannot reach the background', async () => {
    const page = await openArticle(server.urlOf(seed('000')));
    const reachable = await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage);
    expect(reachable).toBe('undefined');
    await page.close();
  });

  test('a page sees no message from the extension, whether it is judged an article or not', async () => {
    for (const url of [server.urlOf(seed('003')), server.urlOf(seed('000'))]) {
      const page = await browser.context.newPage();
      // Listening before any script of the page or the extension runs.
      await page.addInitScript(() => {
        const seen: string[] = [];
        (globalThis as { seenMessages?: string[] }).seenMessages = seen;
        window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data)));
      });
      await page.goto(url);
      // The detector runs when parsing ends (a topical article is reported then, any other verdict
      // once the page is idle); the extractor, on an article, soon after.
      await page.waitForTimeout(1500);
      const seen = await page.evaluate(() => (globalThis as { seenMessages?: string[] }).seenMessages ?? []);
      expect(seen.filter((data) => data.includes(browser.extensionId) || data.includes('wxt'))).toEqual([]);
      await page.close();
    }
  });

  test('the extension made no request off this machine', () => {
    expect(offMachine).toEqual([]);
  });
});
