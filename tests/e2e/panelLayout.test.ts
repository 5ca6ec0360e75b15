import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../support/extensionBrowser';
import { browserForTests } from './browser';
import { openDemoArticle, type DemoArticle } from './demoArticle';
import { expectReadable, sourceLinkStyles } from './panelChecks';

const ARTEFACTS = path.resolve(__dirname, '../../test-results');
const browserPath = browserForTests();

// The panel as a reader meets it with the demo archive: the fifth seed (Putin in Minsk,
// December 2022) against the other four, with related reports and contradictions, at Firefox's
// default sidebar width (235 px) and a wide one (600 px), in both themes.
describe.skipIf(!browserPath)('the side panel layout with the demo archive', () => {
  let browser: ExtensionBrowser;
  let tabId: number;
  let demo: DemoArticle | undefined;

  beforeAll(async () => {
    demo = await openDemoArticle(browserPath!);
    ({ browser, tabId } = demo);
  });
  afterAll(async () => {
    await demo?.close();
  });

  async function panelAt(width: number, colorScheme: 'light' | 'dark'): Promise<Page> {
    const view = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await view.setViewportSize({ width, height: 900 });
    await view.emulateMedia({ colorScheme });
    await view.locator('[data-testid=contradictions] li.contradiction').first().waitFor({ timeout: 20_000 });
    return view;
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [235, 600]) {
      test(`${width} px, ${colorScheme}: separators, badge, links, contrast and type size`, async () => {
        const view = await panelAt(width, colorScheme);
        await view.screenshot({ path: path.join(ARTEFACTS, `panel-demo-related-and-contradictions-${width}px-${colorScheme}.png`), fullPage: true });

        await view.locator('[data-testid=glance]').screenshot({ path: path.join(ARTEFACTS, `panel-at-a-glance-${width}px-${colorScheme}.png`) });
        await view.locator('[data-testid=contradictions]').screenshot({ path: path.join(ARTEFACTS, `panel-contradiction-cards-${width}px-${colorScheme}.png`) });

        await expectReadable(view);

        // Related titles and contradiction sources share one link style that reads as a link.
        const styles = await view.evaluate(sourceLinkStyles);
        expect(styles.related.length).toBeGreaterThan(0);
        expect(styles.contradictions.length).toBeGreaterThan(0);
        for (const style of [...styles.related, ...styles.contradictions]) {
          expect(style).toEqual(styles.related[0]);
          expect(style.decoration).toContain('underline');
        }

        // The "Same event" badge never squeezes the outlet into a narrow column.
        const head = view.locator('li.report', { has: view.locator('.badge.same-event') }).first();
        const badge = await head.locator('.badge.same-event').boundingBox();
        const outlet = await head.locator('.report-meta .outlet').boundingBox();
        const lineHeight = 12.5 * 1.45;
        expect(outlet!.height).toBeLessThan(lineHeight * 2.5);
        if (width < 320) expect(badge!.y + badge!.height).toBeLessThanOrEqual(outlet!.y + 1);

        const save = view.getByRole('button', { name: 'Save to archive' });
        expect(await save.evaluate((button) => getComputedStyle(button).textAlign)).toBe('center');
        await view.close();
      });
    }
  }

  test('at a glance: the counts, the outlets and languages, and this article on the story’s timeline', async () => {
    const view = await panelAt(600, 'light');
    const glance = view.locator('[data-testid=glance]');
    expect(await glance.locator('.stat').allTextContents()).toEqual(['4 related', '1 same event', '2 contradictions']);
    expect(await glance.locator('.outlets').textContent()).toContain('The Business Standard');
    expect(await glance.locator('.languages').textContent()).toBe('Language English');
    // The demo's earliest report is of 2 Jul 2022, its latest of 13 Jan 2023; this article (19 Dec 2022) lies between.
    expect(await glance.locator('.timeline-ends').textContent()).toBe('2 Jul 202213 Jan 2023');
    const track = (await glance.locator('.timeline-track').boundingBox())!;
    const self = (await glance.locator('.mark.self').boundingBox())!;
    const at = (self.x + self.width / 2 - track.x) / track.width;
    expect(at).toBeGreaterThan(0.8);
    expect(at).toBeLessThan(0.95);
    await view.close();
  });

  test('each related report names its domain and how close it is, in words', async () => {
    const view = await panelAt(600, 'light');
    const reports = view.locator('[data-testid=related] li.report');
    const first = reports.first();
    expect(await first.textContent()).toContain('Match: same event');
    for (const text of await reports.allTextContents()) expect(text).toMatch(/127\.0\.0\.1/);
    await view.close();
  });
});
