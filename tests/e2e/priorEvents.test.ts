import path from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACLED_HEADER, csvRow } from '../../src/datasets/testing/datasetFiles';
import { startDemoServer, type DemoServer } from '../support/demoServer';
import { launchWithExtension, type ExtensionBrowser } from '../support/extensionBrowser';
import { browserForTests } from './browser';
import { expectReadable } from './panelChecks';

const ARTEFACTS = path.resolve(__dirname, '../../test-results');
const browserPath = browserForTests();

// A reader imports a small ACLED export on the archive page, then opens a report of Putin's
// visit to Minsk that mentions the missile strikes on Kyiv of 16 December 2022: the panel lists
// the dataset's strike at Kyiv under Prior events. The rows are written for the test in
// ACLED's column layout; the third is broken, and the page lists it as skipped.
const strike = { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', actor1: 'Military Forces of Russia (2000-)', actor2: 'Civilians (Ukraine)', country: 'Ukraine' };
const ACLED_CSV = [
  ACLED_HEADER.join(','),
  csvRow(ACLED_HEADER, { ...strike, event_id_cnty: 'UKR3001', event_date: '2022-12-16', admin1: 'Kyiv City', location: 'Kyiv', latitude: 50.45, longitude: 30.52, fatalities: 3, source: 'Ukrinform' }),
  csvRow(ACLED_HEADER, { ...strike, event_id_cnty: 'UKR3002', event_date: '2022-12-16', admin1: 'Kharkiv', location: 'Kharkiv', latitude: 49.99, longitude: 36.23, fatalities: 0, source: 'Suspilne' }),
  'UKR3003,2022-12-17',
].join('\n');

describe.skipIf(!browserPath)('dataset events, imported on the archive page, in the side panel', () => {
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

  test('the archive page imports an ACLED file with its counts and the rows it skipped', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'backstory-acled-')), 'acled-ukraine.csv');
    writeFileSync(file, ACLED_CSV);
    const options = await browser.openExtensionPage('options.html');
    await options.getByTestId('import-events').setInputFiles(file);
    await expect.poll(() => options.getByTestId('message').textContent(), { timeout: 20_000 }).toContain('Imported 2 ACLED events of 3 rows read');
    expect(await options.getByTestId('message').textContent()).toContain('1 skipped');
    const skipped = options.getByTestId('skipped-rows');
    await skipped.locator('summary').click();
    expect(await skipped.textContent()).toMatch(/1 row of acled-ukraine\.csv skipped.*Line 4: /);
    await options.screenshot({ path: path.join(ARTEFACTS, 'options-dataset-import.png') });
    await options.close();
  });

  test('the panel lists the strike at Kyiv under Prior events and counts it at a glance', async () => {
    const seed = server.seeds.find((candidate) => candidate.publishedAt === '2022-12-19' && /Putin heads for Belarus/.test(candidate.title))!;
    const article = await browser.context.newPage();
    await article.goto(server.urlOf(seed));
    const tabId = await browser.tabIdOf(article);
    for (const width of [235, 600]) {
      const view = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
      await view.setViewportSize({ width, height: 900 });
      await view.emulateMedia({ colorScheme: 'light' });
      const section = view.getByTestId('prior-events');
      await section.locator('li.prior-event').first().waitFor({ timeout: 20_000 });
      expect(await section.locator('h3').allTextContents()).toEqual(['Kyiv']);
      const line = await section.locator('li.prior-event').first().evaluate((li) =>
        [...li.querySelectorAll('.meta-item')].map((item) => item.textContent!.replace('·', '').replace(/\s+/g, ' ').trim()).join(' · '));
      expect(line).toBe('16 Dec 2022 · strike · Military Forces of Russia (2000-) vs Civilians (Ukraine) · 3 fatalities · ACLED');
      expect(await section.textContent()).not.toContain('Kharkiv');
      const stat = view.locator('[data-testid=glance] a.stat[href="#prior-events"]');
      expect((await stat.textContent())!.replace(/\s+/g, ' ').trim()).toBe('1 prior event');
      // The archive holds an event and no article: it is not called empty.
      expect(await view.getByTestId('empty-archive').locator('h2').textContent()).toBe('No articles in your archive yet');
      await expectReadable(view);
      await view.screenshot({ path: path.join(ARTEFACTS, `panel-prior-events-${width}px-light.png`), fullPage: true });
      await view.close();
    }
  });
});
