import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { TabState } from '../../src/messaging/protocol';
import type { ExtensionBrowser } from '../support/extensionBrowser';
import { browserForTests } from './browser';
import { openDemoArticle, type DemoArticle } from './demoArticle';
import { expectReadable } from './panelChecks';

const ARTEFACTS = path.resolve(__dirname, '../../test-results');
const browserPath = browserForTests();

/** The `chrome` of an extension page, as far as these tests use it (storage.session). */
type PageChrome = { chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } } } };

interface Seen {
  stage: string;
  titleTop: number | null;
  saveTop: number | null;
}

// The panel while an article is analysed and when something fails: the steps in order, the
// header and Save in their final places from the start, and each failure with what to do.
describe.skipIf(!browserPath)('the side panel while analysing, and its errors', () => {
  let browser: ExtensionBrowser;
  let demo: DemoArticle | undefined;
  let ready: TabState;

  beforeAll(async () => {
    demo = await openDemoArticle(browserPath!);
    browser = demo.browser;
    const view = await browser.openExtensionPage(`sidepanel.html?tabId=${demo.tabId}`);
    await view.locator('[data-testid=contradictions] li.contradiction').first().waitFor({ timeout: 20_000 });
    ready = await view.evaluate(async (key) => (await (globalThis as unknown as PageChrome).chrome.storage.session.get(key))[key] as TabState, `tab:${demo.tabId}`);
    await view.close();
  });
  afterAll(async () => {
    await demo?.close();
  });

  test('the steps come in order, and the header and Save do not move when the results arrive', async () => {
    const view = await browser.openExtensionPage(`sidepanel.html?tabId=${demo!.tabId}`);
    await view.setViewportSize({ width: 235, height: 900 });
    await view.locator('[data-testid=related]').waitFor({ timeout: 20_000 });
    // Every state the panel shows, recorded as it is drawn, with where the title and Save sit.
    await view.evaluate(() => {
      const seen: Seen[] = [];
      (window as unknown as { seen: Seen[] }).seen = seen;
      const top = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().top ?? null;
      new MutationObserver(() => {
        const progress = document.querySelector<HTMLElement>('[data-testid=progress]');
        const stage = progress?.dataset.stage ?? (document.querySelector('[data-testid=related]') ? 'ready' : 'other');
        if (seen.at(-1)?.stage !== stage) seen.push({ stage, titleTop: top('header.article h1'), saveTop: top('.save, .saved') });
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    // Another report of the story in the same tab (the same page again is not re-read so soon).
    await demo!.article.goto(demo!.server.urlOf(demo!.server.seeds[2]!));
    await view.waitForFunction(() => {
      const seen = (window as unknown as { seen: Seen[] }).seen;
      return seen.some((entry) => entry.stage === 'reading') && seen.at(-1)?.stage === 'ready';
    }, undefined, { timeout: 20_000 });
    // Before the steps, the panel shows the old result, then waits for the new page ('other').
    const seen = (await view.evaluate(() => (window as unknown as { seen: Seen[] }).seen)).filter((entry) => entry.stage !== 'other').slice(-4);
    expect(seen.map((entry) => entry.stage)).toEqual(['reading', 'analysing', 'matching', 'ready']);
    const [, analysing, matching, done] = seen;
    for (const step of [analysing!, matching!]) {
      expect(step.titleTop).toBe(done!.titleTop);
      expect(step.saveTop).toBe(done!.saveTop);
    }
    await view.close();
  });

  // The states below are written into the background's store for a tab of their own, as the
  // background writes them (the flow itself is the test above and the unit tests), so each
  // can be looked at in both themes and widths.
  const STATES: Array<[string, () => Partial<TabState>, string]> = [
    ['analysing-step-1-reading-the-page', () => ({ status: 'analyzing', stage: 'reading', article: null }), 'Step 1 of 3'],
    ['analysing-step-3-comparing-with-the-archive', () => ({ status: 'analyzing', stage: 'matching' }), 'Step 3 of 3'],
    ['error-no-article-text-read', () => ({ status: 'error', article: null, error: 'Backstory could not read an article on this page.' }), 'No article text could be read here'],
    ['error-browser-page-closed-to-extensions', () => ({ status: 'error', article: null, error: 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.' }), 'does not let Backstory read this page'],
    ['error-storage-full-on-auto-save', () => ({ error: "Auto-save failed: Your browser's storage is full: the article was not saved. Delete old articles, or export the archive and clear it, then try again." }), 'storage is full'],
    ['waiting-for-the-page', () => ({ status: 'waiting', article: null, detection: null }), 'Waiting for the page'],
  ];

  test.each(STATES)('%s', async (name, change, shows) => {
    const tabId = 900_000 + STATES.findIndex(([other]) => other === name);
    const state: TabState = { ...ready, tabId, ...change() };
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [235, 600]) {
        const view: Page = await browser.openExtensionPage('options.html');
        await view.evaluate(([key, value]) => (globalThis as unknown as PageChrome).chrome.storage.session.set({ [key as string]: value }), [`tab:${tabId}`, state] as const);
        await view.goto(view.url().replace('options.html', `sidepanel.html?tabId=${tabId}`));
        await view.setViewportSize({ width, height: 760 });
        await view.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await view.getByText(shows).first().waitFor({ timeout: 15_000 });
        await view.screenshot({ path: path.join(ARTEFACTS, `panel-state-${name}-${width}px-${colorScheme}.png`), fullPage: true });
        await expectReadable(view);
        if (name.startsWith('error-no-article')) {
          expect(await view.getByRole('button').allTextContents()).toEqual(['Try again', 'Reload the page']);
        }
        await view.close();
      }
    }
  });
});
