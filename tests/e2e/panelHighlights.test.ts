import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { DemoServer } from '../support/demoServer';
import type { ExtensionBrowser } from '../support/extensionBrowser';
import { browserForTests } from './browser';
import { openDemoArticle, type DemoArticle } from './demoArticle';
import { expectReadable } from './panelChecks';

const ARTEFACTS = path.resolve(__dirname, '../../test-results');
const browserPath = browserForTests();
const HIGHLIGHT = 'backstory-contradicted';

/** What the page's own scripts can see of our highlights: how many ranges, and where. */
const highlightsIn = (page: Page) =>
  page.evaluate((name) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const ranges = [...(registry.get(name) ?? [])];
    return ranges.map((range) => {
      const box = range.getClientRects()[0]!;
      return { text: range.toString(), x: box.left + 3, y: box.top + box.height / 2 };
    });
  }, HIGHLIGHT);

// The fifth seed's contradicted statements, marked in its page on request (demo archive).
describe.skipIf(!browserPath)('contradicted statements highlighted in the page', () => {
  let server: DemoServer;
  let browser: ExtensionBrowser;
  let article: Page;
  let tabId: number;
  let demo: DemoArticle | undefined;

  beforeAll(async () => {
    demo = await openDemoArticle(browserPath!, { width: 900, height: 700 });
    ({ server, browser, tabId, article } = demo);
  });
  afterAll(async () => {
    await demo?.close();
  });

  test('on request, without moving the page; a click leads each way; gone when the panel closes', async () => {
    const panel = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.locator('li.contradiction').first().waitFor({ timeout: 20_000 });
    expect(await highlightsIn(article)).toEqual([]);
    const layoutBefore = await article.evaluate(() => [document.body.scrollHeight, ...[...document.querySelectorAll('p')].map((p) => p.getBoundingClientRect().top)]);

    await panel.getByRole('button', { name: 'Highlight in page' }).click();
    await panel.getByText(/marked in the page|found in the page/).waitFor();
    const marked = await highlightsIn(article);
    expect(marked.map((mark) => mark.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Belarus, one of Russia’s closest allies, allowed its territory/), expect.stringMatching(/he has no intention of sending troops/)]),
    );
    // Painted by the browser: no element added, nothing moved.
    expect(await article.evaluate(() => [document.body.scrollHeight, ...[...document.querySelectorAll('p')].map((p) => p.getBoundingClientRect().top)])).toEqual(layoutBefore);
    expect(await panel.getByRole('button', { name: 'Highlight in page' }).getAttribute('aria-pressed')).toBe('true');
    await expectReadable(panel);

    // The panel's "Show in page" scrolls the page to the statement. The article is shown, as
    // it is beside a real side panel (a hidden tab does not animate its scrolling).
    await article.bringToFront();
    const troops = panel.locator('li.contradiction', { hasText: 'he has no intention of sending troops' });
    await troops.getByRole('button', { name: 'Show in page: this article’s statement' }).click();
    // It comes to rest with the statement in the upper part of the window.
    await expect
      .poll(async () => (await highlightsIn(article)).find((mark) => mark.text.includes('no intention'))?.y ?? -1, { timeout: 5_000 })
      .toBeGreaterThan(100);
    await expect.poll(async () => (await highlightsIn(article)).find((mark) => mark.text.includes('no intention'))!.y).toBeLessThan(350);
    await article.screenshot({ path: path.join(ARTEFACTS, 'page-contradicted-statements-highlighted.png') });

    // A click on a highlight in the page brings its card forward in the panel.
    // The smooth scroll to the statement must have come to rest before the page is sent back to
    // the top, and the page be at the top before the highlight's place is read.
    const atRest = () => article.evaluate(() => new Promise<boolean>((resolve) => {
      const y = window.scrollY;
      setTimeout(() => resolve(window.scrollY === y), 200);
    }));
    await expect.poll(atRest, { timeout: 10_000 }).toBe(true);
    await article.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => article.evaluate(() => window.scrollY), { timeout: 10_000 }).toBe(0);
    const first = (await highlightsIn(article)).find((mark) => mark.text.startsWith('Belarus, one of'))!;
    // A click the page's own script dispatches is not the reader's: nothing happens.
    await article.evaluate(({ x, y }) => document.body.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: y })), first);
    await article.waitForTimeout(300);
    expect(await panel.locator('li.contradiction.active').textContent()).toContain('he has no intention');
    await article.mouse.click(first.x, first.y);
    const card = panel.locator('li.contradiction.active', { hasText: 'Belarus, one of' });
    await card.waitFor();
    expect(await card.textContent()).toContain('Belarus, one of Russia’s closest allies');
    expect(await panel.evaluate(() => document.activeElement?.classList.contains('contradiction'))).toBe(true);
    await panel.screenshot({ path: path.join(ARTEFACTS, 'panel-360px-card-opened-from-page-highlight.png') });

    // Closing the panel takes the highlights with it.
    await panel.close();
    await expect.poll(() => highlightsIn(article)).toEqual([]);
  });

  test('in the real side panel, the highlights go when the panel is closed', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.urlOf(server.seeds[4]!));
    const panel = await browser.openSidePanel(page);
    await panel.waitForText(/Highlight in page/);
    await panel.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent === 'Highlight in page').click()`);
    await panel.waitForText(/marked in the page|found in the page/);
    expect((await highlightsIn(page)).length).toBeGreaterThan(0);
    await panel.evaluate(`document.getElementById('contradictions').scrollIntoView()`);
    await panel.screenshot(path.join(ARTEFACTS, 'panel-real-side-panel-highlighting-on.png'));

    // Closing the panel, as the reader does with its close button.
    const { targetInfos } = (await browser.cdp.send('Target.getTargets' as never, { filter: [{}] } as never)) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
    const target = targetInfos.find((info) => info.type === 'page' && info.url.startsWith(`chrome-extension://${browser.extensionId}/sidepanel.html`))!;
    await browser.cdp.send('Target.closeTarget' as never, { targetId: target.targetId } as never);
    await expect.poll(() => highlightsIn(page)).toEqual([]);
    await page.close();
  });
});
