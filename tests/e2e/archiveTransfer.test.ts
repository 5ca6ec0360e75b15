import path from 'node:path';
import { createWriteStream, mkdtempSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildDemoBundle } from '../support/demoArchive';
import { startDemoServer, type DemoServer } from '../support/demoServer';
import { launchWithExtension, type ExtensionBrowser } from '../support/extensionBrowser';
import { browserForTests } from './browser';

const browserPath = browserForTests();
const MiB = 1024 * 1024;

// Issue 12, item 1: an archive past Chrome's 64 MiB message cap could be neither exported
// ("Message exceeded maximum allowed size of 64MiB", nothing downloaded) nor imported.
describe.skipIf(!browserPath)('an archive larger than one message', () => {
  let server: DemoServer;
  let browser: ExtensionBrowser;
  const files = mkdtempSync(path.join(tmpdir(), 'backstory-big-'));

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchWithExtension({ headless: true, executablePath: browserPath! });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('imports a 70 MB bundle with progress, even when the worker is stopped meanwhile, and exports it whole', async () => {
    const models = (await buildDemoBundle(server.seeds.slice(0, 3), server.urlOf)).articles;
    const bundleFile = path.join(files, 'big.json');
    const out = createWriteStream(bundleFile);
    out.write('{"format":"backstory-archive","version":1,"exportedAt":"2026-11-28T00:00:00.000Z","articles":[\n');
    // Copies of the demo articles at other addresses, texts varied so that none is a duplicate.
    let count = 0;
    while (out.bytesWritten + out.writableLength < 70 * MiB) {
      const model = models[count % models.length]!;
      const article = { ...model, url: `${model.url}?copy=${count}`, text: `${model.text}\n\n(${count})`, title: `${model.title} ${count}` };
      if (!out.write(`${count ? ',\n' : ''}${JSON.stringify(article)}`)) await once(out, 'drain');
      count += 1;
    }
    out.end(']}\n');
    await once(out, 'finish');
    expect(statSync(bundleFile).size).toBeGreaterThan(64 * MiB);

    const options = await browser.openExtensionPage('options.html');
    const started = Date.now();
    await options.getByTestId('import').setInputFiles(bundleFile);
    await expect.poll(() => options.getByTestId('progress').textContent(), { timeout: 60_000 }).toMatch(new RegExp(`Importing big\\.json: [1-9][\\d,]* of ${count.toLocaleString('en')} articles`));
    // The import runs in the page, not the worker: stopping the worker does not stop it.
    await browser.stopWorker();
    await expect.poll(() => options.getByTestId('message').textContent(), { timeout: 400_000, interval: 1000 })
      .toBe(`Imported ${count.toLocaleString('en')} articles from big.json.`);
    const imported = Date.now();
    // The count is read again once the import is done, beside the search index's rebuild of 4,000
    // articles: on a loaded two-core machine that takes more than the poll's default second.
    await expect.poll(() => options.textContent('body'), { timeout: 30_000, interval: 500 }).toContain(`${count.toLocaleString('en')} articles stored on this computer only`);

    const download = options.waitForEvent('download', { timeout: 300_000 });
    const exportStarted = Date.now();
    await options.getByRole('button', { name: 'Export bundle' }).click();
    const file = path.join(files, 'exported.json');
    await (await download).saveAs(file);
    expect(statSync(file).size).toBeGreaterThan(64 * MiB);
    await expect.poll(() => options.getByTestId('message').textContent()).toBe(`Exported ${count.toLocaleString('en')} articles.`);
    const exported = Date.now();
    const heap = await options.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    // Figures for the record (not asserted: a shared CI machine's speed varies).
    console.log(`archive transfer: ${count} articles, ${Math.round(statSync(bundleFile).size / MiB)} MB; import ${((imported - started) / 1000).toFixed(1)} s, export ${((exported - exportStarted) / 1000).toFixed(1)} s; page heap after ${Math.round(heap / MiB)} MB`);
    const { readFile } = await import('node:fs/promises');
    const bundle = JSON.parse(await readFile(file, 'utf8')) as { format: string; articles: { url: string }[] };
    expect(bundle.format).toBe('backstory-archive');
    expect(bundle.articles).toHaveLength(count);
    expect(new Set(bundle.articles.map((article) => article.url)).size).toBe(count);
  }, 900_000);
});
