import path from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildDemoBundle } from '../support/demoArchive';
import { startDemoServer, type DemoServer } from '../support/demoServer';
import { launchWithExtension, type ExtensionBrowser } from '../support/extensionBrowser';
import { browserForTests } from './browser';

const ARTEFACTS = path.resolve(__dirname, '../../test-results');
const browserPath = browserForTests();

describe.skipIf(!browserPath)('the options page manages the archive', () => {
  let server: DemoServer;
  let browser: ExtensionBrowser;
  const files = mkdtempSync(path.join(tmpdir(), 'backstory-bundles-'));

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchWithExtension({ headless: true, executablePath: browserPath! });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('imports a bundle, lists, exports, refuses a broken file, and deletes', async () => {
    const bundleFile = path.join(files, 'demo.json');
    writeFileSync(bundleFile, JSON.stringify(await buildDemoBundle(server.seeds.slice(0, 3), server.urlOf)));
    const options = await browser.openExtensionPage('options.html');

    await options.getByTestId('import').setInputFiles(bundleFile);
    await expect.poll(() => options.getByTestId('message').textContent()).toContain('Imported 3 articles');
    await expect.poll(() => options.locator('table.archive tbody tr').count()).toBe(3);
    expect(await options.textContent('body')).toContain('3 articles stored on this computer only');
    await options.screenshot({ path: path.join(ARTEFACTS, 'options.png') });

    // The same file again adds nothing.
    await options.getByTestId('import').setInputFiles(bundleFile);
    await expect.poll(() => options.getByTestId('message').textContent()).toContain('3 already in your archive');

    const brokenFile = path.join(files, 'broken.json');
    writeFileSync(brokenFile, '{"format": "backstory-archive", "version": 1, "articles": [');
    await options.getByTestId('import').setInputFiles(brokenFile);
    await expect.poll(() => options.getByTestId('message').textContent()).toMatch(/not valid JSON|could not be read|JSON/i);
    expect(await options.locator('table.archive tbody tr').count()).toBe(3);

    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export bundle' }).click();
    const exported = JSON.parse(
      await (await download).createReadStream().then(async (stream) => {
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks).toString('utf8');
      }),
    );
    expect(exported.format).toBe('backstory-archive');
    expect(exported.articles).toHaveLength(3);

    // Delete goes at once, with Undo beside the notice (issue 12, item 8: it was permanent behind confirm()).
    const firstTitle = await options.locator('table.archive tbody tr td.title a').first().textContent();
    await options.getByRole('button', { name: 'Delete' }).first().click();
    await expect.poll(() => options.locator('table.archive tbody tr').count()).toBe(2);
    expect(await options.getByTestId('message').textContent()).toContain(`Deleted “${firstTitle}”.`);
    await options.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => options.getByTestId('message').textContent()).toContain(`Restored “${firstTitle}”.`);
    await expect.poll(() => options.locator('table.archive tbody tr').count()).toBe(3);
    expect(await options.locator('table.archive tbody tr td.title a').first().textContent()).toBe(firstTitle);
    await options.getByRole('button', { name: 'Delete' }).first().click();
    await expect.poll(() => options.locator('table.archive tbody tr').count()).toBe(2);
    await options.close();
  });
});
