import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDemoServer, type DemoServer } from '../support/demoServer';
import { launchWithExtension, type ExtensionBrowser } from '../support/extensionBrowser';
import { browserForTests } from './browser';
import { expectReadable } from './panelChecks';

const ARTEFACTS = path.resolve(__dirname, '../../test-results');
const browserPath = browserForTests();

// The panel's quiet states, with an empty archive, each at 235 and 600 px in both themes:
// a page that is no news article, an article on another topic, an article with nothing
// related yet. Each must read as cleanly as the results do.
describe.skipIf(!browserPath)('the side panel states with an empty archive', () => {
  let server: DemoServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchWithExtension({ headless: true, executablePath: browserPath! });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const STATES: Array<[string, () => string, string]> = [
    ['not-a-news-article', () => `${server.origin}/`, 'No news article on this page'],
    ['article-off-topic', () => server.offTopicUrl, 'Not about Russia, Belarus or Ukraine'],
    ['nothing-in-archive-yet', () => server.urlOf(server.seeds.find((seed) => seed.file.startsWith('003'))!), 'Your archive is empty'],
  ];

  test.each(STATES)('%s', async (name, url, shows) => {
    const page = await browser.context.newPage();
    await page.goto(url());
    const tabId = await browser.tabIdOf(page);
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [235, 600]) {
        const view = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
        await view.setViewportSize({ width, height: 700 });
        await view.emulateMedia({ colorScheme });
        await view.getByText(shows).waitFor({ timeout: 15_000 });
        await view.screenshot({ path: path.join(ARTEFACTS, `panel-state-${name}-${width}px-${colorScheme}.png`), fullPage: true });
        await expectReadable(view);
        // Nothing found: no strip of zeros at a glance.
        expect(await view.locator('[data-testid=glance]').count()).toBe(0);
        await view.close();
      }
    }
    await page.close();
  });
});
