import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { buildDemoBundle } from '../support/demoArchive';
import { startDemoServer, type DemoServer } from '../support/demoServer';
import { launchWithExtension, type ExtensionBrowser } from '../support/extensionBrowser';
import { browserForTests } from './browser';
import { expectReadable } from './panelChecks';

const ARTEFACTS = path.resolve(__dirname, '../../test-results');
const browserPath = browserForTests();

// A reader with an empty archive opens the fifth seed: the panel offers the two ways to start.
// The demo archive is imported from the panel in one step, and the open panel, never reloaded,
// fills with the results; an article deleted on the archive page leaves it just as live.
describe.skipIf(!browserPath)('the side panel as the archive changes', () => {
  let server: DemoServer;
  let browser: ExtensionBrowser;
  let view: Page;
  let dir: string;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchWithExtension({ headless: true, executablePath: browserPath! });
    dir = mkdtempSync(path.join(tmpdir(), 'backstory-demo-archive-'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const related = () => view.locator('[data-testid=related] li.report');

  test('an empty archive offers to save this article or import an archive file', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.urlOf(server.seeds[4]!));
    const tabId = await browser.tabIdOf(article);
    view = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await view.getByText('Your archive is empty').waitFor({ timeout: 20_000 });
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [235, 600]) {
        await view.setViewportSize({ width, height: 700 });
        await view.emulateMedia({ colorScheme });
        await view.screenshot({ path: path.join(ARTEFACTS, `panel-state-archive-empty-save-or-import-${width}px-${colorScheme}.png`), fullPage: true });
        await expectReadable(view);
      }
    }
    // No empty sections of zeros beside the offer.
    expect(await view.locator('[data-testid=related]').count()).toBe(0);
    expect(await view.getByRole('button', { name: 'Save to archive' }).count()).toBe(1);
  });

  test('the demo archive imported from the panel fills the open panel', async () => {
    const file = path.join(dir, 'demo-archive.json');
    writeFileSync(file, JSON.stringify(await buildDemoBundle(server.seeds.slice(0, 4), server.urlOf)));
    await view.setViewportSize({ width: 600, height: 900 });
    await view.emulateMedia({ colorScheme: 'light' });
    const chooser = view.waitForEvent('filechooser');
    await view.getByRole('button', { name: 'Import an archive file…' }).click();
    await (await chooser).setFiles(file);
    await view.locator('[data-testid=contradictions] li.contradiction').first().waitFor({ timeout: 20_000 });
    expect(await related().count()).toBe(4);
    expect(await view.getByText('Your archive is empty').count()).toBe(0);
    expect(await view.locator('[data-testid=glance] .stat').allTextContents()).toEqual(['4 related', '1 same event', '2 contradictions']);
  });

  test('an article deleted on the archive page leaves the open panel at once', async () => {
    const sameEvent = (await related().first().locator('.source-link').textContent())!.trim();
    const options = await browser.openExtensionPage('options.html');
    const listed = await options.evaluate(() => chrome.runtime.sendMessage({ channel: 'backstory/v1', direction: 'page', name: 'listArticles', args: { offset: 0, limit: 50 } }));
    const id = (listed.value.articles as Array<{ id: number; title: string }>).find((entry) => entry.title === sameEvent)!.id;
    const deleted = await options.evaluate((wanted) => chrome.runtime.sendMessage({ channel: 'backstory/v1', direction: 'page', name: 'deleteArticle', args: { id: wanted } }), id);
    expect(deleted.ok).toBe(true);
    await view.waitForFunction(() => document.querySelectorAll('[data-testid=related] li.report').length === 3, undefined, { timeout: 15_000 });
    expect(await related().allTextContents()).not.toContainEqual(expect.stringContaining(sameEvent));
    expect(await view.locator('[data-testid=glance] .stat').first().textContent()).toBe('3 related');
    await options.close();
  });

  test('an article the archive knows nothing of says so, and no strip of zeros', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.offTopicUrl);
    const tabId = await browser.tabIdOf(article);
    const other = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await other.getByRole('button', { name: 'Analyse it anyway' }).click();
    await other.getByText('Nothing in your archive relates').waitFor({ timeout: 20_000 });
    expect(await other.locator('[data-testid=glance]').count()).toBe(0);
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [235, 600]) {
        await other.setViewportSize({ width, height: 700 });
        await other.emulateMedia({ colorScheme });
        await other.screenshot({ path: path.join(ARTEFACTS, `panel-state-nothing-related-in-archive-${width}px-${colorScheme}.png`), fullPage: true });
        await expectReadable(other);
      }
    }
    await other.close();
    await article.close();
  });
});
