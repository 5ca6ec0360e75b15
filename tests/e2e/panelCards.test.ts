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

// What a fact-checker does with a contradiction card on the demo archive (the fifth seed
// against the other four): copy it as a citation, or mark it "not a contradiction" and find it
// still hidden when the panel is opened again.
describe.skipIf(!browserPath)('contradiction cards', () => {
  let server: DemoServer;
  let browser: ExtensionBrowser;
  let tabId: number;
  let demo: DemoArticle | undefined;

  beforeAll(async () => {
    demo = await openDemoArticle(browserPath!);
    ({ server, browser, tabId } = demo);
  });
  afterAll(async () => {
    await demo?.close();
  });

  async function panel(width = 600): Promise<Page> {
    const view = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await view.setViewportSize({ width, height: 900 });
    await view.locator('[data-testid=contradictions] li.contradiction').first().waitFor({ timeout: 20_000 });
    return view;
  }

  test('"Copy citation" puts both quotes with speaker, outlet, date and link on the clipboard', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const view = await panel();
    const card = view.locator('li.contradiction', { hasText: 'We categorically do not accept any war.' });
    await card.getByRole('button', { name: /Copy citation/ }).click();
    await card.getByText('Citation copied').waitFor();
    const copied = await view.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Alexander Lukashenko, quoted by Express (UK), 2 Jul 2022: “We categorically do not accept any war.”');
    expect(copied).toMatch(/Infobae \(English edition\), in its own words, 19 Dec 2022: “Belarus, one of Russia’s closest allies/);
    expect(copied).toContain(server.urlOf(server.seeds[4]!));
    await view.close();
  });

  test('j and k move between results, each outlined as it takes the focus', async () => {
    const view = await panel(235);
    const focused = () =>
      view.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        const style = getComputedStyle(active);
        return { kind: active.className, text: active.textContent!.slice(0, 40), outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
    await view.keyboard.press('j');
    expect(await focused()).toMatchObject({ kind: 'report', outline: true });
    // Four related reports, then the two contradiction cards.
    for (let i = 0; i < 4; i++) await view.keyboard.press('j');
    expect((await focused()).kind).toBe('contradiction');
    await view.keyboard.press('ArrowDown');
    const last = await focused();
    expect(last.kind).toBe('contradiction');
    await view.keyboard.press('j');
    expect(await focused()).toEqual(last);
    await view.keyboard.press('k');
    await view.keyboard.press('ArrowUp');
    expect((await focused()).kind).toBe('report');
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [235, 600]) {
        await view.setViewportSize({ width, height: 900 });
        await view.emulateMedia({ colorScheme });
        await view.screenshot({ path: path.join(ARTEFACTS, `panel-keyboard-focus-on-a-related-report-${width}px-${colorScheme}.png`) });
      }
    }
    expect((await focused()).outline).toBe(true);
    // Enter opens the focused report's source in a new tab.
    const opened = browser.context.waitForEvent('page');
    await view.keyboard.press('Enter');
    const report = await opened;
    expect(report.url()).toContain('127.0.0.1');
    await report.close();
    await view.close();
  });

  test('"Not a contradiction" hides the pair, in the counts too, and it stays hidden until shown again', async () => {
    const view = await panel();
    const stat = view.locator('[data-testid=glance] .stat').nth(2);
    expect(await stat.textContent()).toBe('2 contradictions');
    await view.locator('li.contradiction', { hasText: 'We categorically do not accept any war.' }).getByRole('button', { name: /Not a contradiction/ }).click();
    await view.getByText(/1 pair you marked “not a contradiction” is hidden/).waitFor();
    expect(await view.locator('li.contradiction').count()).toBe(1);
    expect(await stat.textContent()).toBe('1 contradiction');
    // The focus goes to the card that took its place, not back to the top.
    expect(await view.evaluate(() => document.activeElement?.textContent?.includes('he has no intention'))).toBe(true);
    await view.close();

    // Remembered in the archive: a new panel still hides it.
    const again = await panel(235);
    await again.getByText(/1 pair you marked/).waitFor();
    expect(await again.locator('li.contradiction').count()).toBe(1);
    expect(await again.textContent('body')).not.toContain('We categorically do not accept any war.”');
    await again.getByRole('button', { name: 'Show them' }).click();
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [235, 600]) {
        await again.setViewportSize({ width, height: 900 });
        await again.emulateMedia({ colorScheme });
        await again.screenshot({ path: path.join(ARTEFACTS, `panel-contradiction-marked-not-a-contradiction-${width}px-${colorScheme}.png`), fullPage: true });
        await expectReadable(again);
      }
    }
    await again.getByRole('button', { name: 'Show again' }).click();
    await again.locator('li.contradiction').nth(1).waitFor();
    expect(await again.locator('li.contradiction').count()).toBe(2);
    await again.close();
  });
});
