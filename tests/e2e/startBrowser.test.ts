import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchForPeople } from '../../scripts/peopleBrowser';
import { launchWithExtension, type ExtensionBrowser } from '../support/extensionBrowser';
import { canUseVirtualDisplay, startVirtualDisplay, type VirtualDisplay } from '../support/virtualDisplay';
import { browserForTests } from './browser';

const browserPath = browserForTests();

/** Height of the browser's own bars above a page: tabs, toolbar, and any warning bar. */
async function barsAbovePage(browser: ExtensionBrowser): Promise<number> {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto('data:text/html,<h1>Backstory</h1>');
  // A warning bar slides in after the first paint.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return page.evaluate(() => window.outerHeight - window.innerHeight);
}

// The warning bar is browser UI, out of reach of page screenshots; it shows as the page
// getting shorter. The tests' own browser (--no-sandbox, no --test-type) carries the bar and
// is the yardstick.
describe.skipIf(!browserPath || !canUseVirtualDisplay())('the browser npm start opens', () => {
  let display: VirtualDisplay;
  beforeAll(async () => {
    display = await startVirtualDisplay();
  });
  afterAll(() => display?.close());

  test('shows no "unsupported command-line flag" or automation warning bar above the page', async () => {
    const withBar = await launchWithExtension({ headless: false, executablePath: browserPath!, display: display.display });
    const yardstick = await barsAbovePage(withBar);
    await withBar.close();
    const forPeople = await launchForPeople({ headless: false, executablePath: browserPath!, display: display.display });
    const bars = await barsAbovePage(forPeople);
    await forPeople.close();
    // A warning bar is about 40 px tall.
    expect(yardstick - bars).toBeGreaterThan(30);
  });
});
