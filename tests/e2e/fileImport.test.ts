import path from 'node:path';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACLED_HEADER, acledLine } from '../../bench/datasetRows';
import { launchWithExtension, type ExtensionBrowser } from '../support/extensionBrowser';
import { loadSeeds, offTopicPageHtml, seedPageHtml, type Seed } from '../support/seedPages';
import { browserForTests } from './browser';

const ARTEFACTS = path.resolve(__dirname, '../../test-results');
const browserPath = browserForTests();
const seeds = loadSeeds();

/**
 * A seed as an outlet's page at its own address; `copy` makes its text its own (a different
 * report), in its opening words: a closing line alone may be cut as page chrome.
 */
const pageOf = (seed: Seed, n: number, copy?: number) =>
  seedPageHtml(copy === undefined ? seed : { ...seed, body: `In dispatch number ${copy} from our correspondents: ${seed.body}` }, { url: `https://news.example/${n}${copy === undefined ? '' : `-${copy}`}.html` });

/** Counts in the extension's own IndexedDB, read in an extension page. */
async function stored(page: Page): Promise<{ articles: number; texts: number; events: number }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('backstory-archive');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['articles', 'datasetEvents'], 'readonly');
          const all = tx.objectStore('articles').getAll();
          const events = tx.objectStore('datasetEvents').count();
          tx.oncomplete = () => {
            const hashes = new Set((all.result as { contentHash: string }[]).map((article) => article.contentHash));
            resolve({ articles: all.result.length, texts: hashes.size, events: events.result });
            db.close();
          };
        };
      }),
  );
}

describe.skipIf(!browserPath)('files and folders on the archive page', () => {
  let browser: ExtensionBrowser;
  const root = mkdtempSync(path.join(tmpdir(), 'backstory-files-'));

  beforeAll(async () => {
    browser = await launchWithExtension({ headless: true, executablePath: browserPath! });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a folder of saved pages: the topical articles stored, the rest listed with why', async () => {
    const folder = path.join(root, 'saved');
    mkdirSync(path.join(folder, 'putin-minsk_files'), { recursive: true });
    writeFileSync(path.join(folder, 'putin-minsk.html'), pageOf(seeds[3]!, 3));
    writeFileSync(path.join(folder, 'putin-minsk_files', 'style.css'), 'body { margin: 0 }');
    writeFileSync(path.join(folder, 'putin-minsk_files', 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    writeFileSync(path.join(folder, 'belarus-troops.html.gz'), gzipSync(pageOf(seeds[1]!, 1)));
    writeFileSync(path.join(folder, 'ultimatum.html'), pageOf(seeds[2]!, 2));
    writeFileSync(path.join(folder, 'lukashenko.txt'), `${seeds[4]!.title}\n\n${seeds[4]!.body}`);
    writeFileSync(path.join(folder, 'zz-second-copy.html'), pageOf(seeds[3]!, 3));
    writeFileSync(path.join(folder, 'sourdough.html'), offTopicPageHtml());
    writeFileSync(path.join(folder, 'empty.html'), '');
    writeFileSync(path.join(folder, 'renamed-image.html'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));

    const options = await browser.openExtensionPage('options.html');
    const section = options.getByTestId('file-import');
    // As a reader does: the button opens the picker (the analysis workers start and warm up
    // meanwhile), and the folder is chosen in it.
    const chooser = options.waitForEvent('filechooser');
    await section.getByText('Import a folder…').click();
    await (await chooser).setFiles(folder);
    const message = section.getByTestId('file-import-message');
    await expect.poll(() => message.textContent(), { timeout: 60_000 }).toMatch(/^Imported 4 articles from 8 files/);
    const text = (await message.textContent())!;
    expect(text).toContain('1 duplicate');
    expect(text).toContain('1 not topical');
    expect(text).toContain('2 unreadable');
    expect(text).toContain('2 other files');
    const skipped = section.getByTestId('skipped-files');
    await skipped.locator('summary').click();
    const lines = await skipped.locator('li').allTextContents();
    expect(lines).toHaveLength(4);
    expect(lines.find((line) => line.startsWith('saved/zz-second-copy.html'))).toContain('duplicate, already in your archive (same canonical URL)');
    expect(lines.find((line) => line.startsWith('saved/sourdough.html'))).toContain('not topical');
    expect(lines.find((line) => line.startsWith('saved/empty.html'))).toContain('empty file');
    expect(lines.find((line) => line.startsWith('saved/renamed-image.html'))).toContain('binary file');
    expect(await stored(options)).toMatchObject({ articles: 4, texts: 4 });
    await options.screenshot({ path: path.join(ARTEFACTS, 'options-file-import.png'), fullPage: true });
    await options.close();
  });

  test('the worker stopped and the page closed in the middle: the same folder again adds only what is missing', async () => {
    const folder = path.join(root, 'many');
    mkdirSync(folder);
    // Enough that a fast machine is still importing when the page closes.
    const copies = 40;
    for (let copy = 0; copy < copies; copy++) {
      seeds.forEach((seed, n) => writeFileSync(path.join(folder, `${String(copy).padStart(2, '0')}-${n}.html`), pageOf(seed, n, copy)));
    }
    const total = copies * seeds.length;
    let options = await browser.openExtensionPage('options.html');
    const before = await stored(options);
    await options.getByTestId('import-folder').setInputFiles(folder);
    const progress = options.getByTestId('file-import').getByTestId('progress');
    await expect.poll(async () => Number(/: ([\d,]+) of/.exec((await progress.textContent().catch(() => '')) ?? '')?.[1] ?? 0), { timeout: 60_000, interval: 50 }).toBeGreaterThan(10);
    // The import runs in the page: the worker stopped meanwhile does not stop it...
    await browser.stopWorker();
    await expect.poll(async () => (await stored(options)).articles - before.articles, { timeout: 60_000, interval: 50 }).toBeGreaterThan(20);
    // ...the page closed does, halfway.
    await options.close();
    options = await browser.openExtensionPage('options.html');
    const halfway = (await stored(options)).articles - before.articles;
    expect(halfway).toBeGreaterThan(0);
    expect(halfway).toBeLessThan(total);

    await options.getByTestId('import-folder').setInputFiles(folder);
    const message = options.getByTestId('file-import').getByTestId('file-import-message');
    await expect.poll(() => message.textContent(), { timeout: 120_000 }).toMatch(/^Imported/);
    expect(await message.textContent()).toContain(`Imported ${total - halfway} articles from ${total} files (skipped: ${halfway} duplicates)`);
    const after = await stored(options);
    expect(after.articles - before.articles).toBe(total);
    expect(after.texts).toBe(after.articles);
    await options.close();
  }, 300_000);

  test('an events file: the worker stopped and the page closed in the middle, then imported again, no row twice', async () => {
    // Rows GENERATED in ACLED's layout (bench/datasetRows.ts): one in ten outside the three
    // countries, one in a thousand malformed; made up, not ACLED's data.
    const rows = 40_000;
    const lines = [ACLED_HEADER.join(',')];
    for (let i = 0; i < rows; i++) lines.push(acledLine(i));
    const file = path.join(root, 'acled-generated.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const kept = Array.from({ length: rows }, (_, i) => i).filter((i) => i % 10 !== 9).length;

    let options = await browser.openExtensionPage('options.html');
    const before = (await stored(options)).events;
    await options.getByTestId('import-events').setInputFiles(file);
    await expect.poll(async () => (await stored(options)).events - before, { timeout: 60_000, interval: 50 }).toBeGreaterThan(0);
    await browser.stopWorker();
    await options.close();
    options = await browser.openExtensionPage('options.html');
    const halfway = (await stored(options)).events - before;
    expect(halfway).toBeGreaterThan(0);
    expect(halfway).toBeLessThan(kept);

    await options.getByTestId('import-events').setInputFiles(file);
    await expect.poll(() => options.getByTestId('message').textContent(), { timeout: 120_000 }).toContain(`Imported ${kept.toLocaleString('en')} ACLED events of ${rows.toLocaleString('en')} rows read`);
    expect((await stored(options)).events - before).toBe(kept);
    await options.close();
  }, 300_000);
});
