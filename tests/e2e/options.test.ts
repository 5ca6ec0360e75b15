import path from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ArchiveDB, exportBundle, importBundle, ingestArticle, parseBundle } from '../../src/archive';
import { analyzeText } from '../../src/core/pipeline';
import { buildDemoBundle } from '../support/demoArchive';
import { startDemoServer, type DemoServer } from '../support/demoServer';
import { launchWithExtension, type ExtensionBrowser } from '../support/extensionBrowser';
import { browserForTests } from './browser';
import { expectReadable } from './panelChecks';

const ARTEFACTS = path.resolve(__dirname, '../../test-results');
const browserPath = browserForTests();

// Reports written for the test in Russian, Ukrainian and Belarusian, beside the English seeds.
const REPORTS = [
  { url: 'https://meduza.example/news/2022/10/01/lukashenko', date: '2022-10-01', text: 'Лукашенко заявил, что Беларусь не будет воевать\n\nАлександр Лукашенко заявил журналистам в Минске, что белорусская армия не вступит в войну на Украине. По его словам, самолёты остаются на аэродромах.\n\n«Мы не собираемся воевать», — сказал Лукашенко.' },
  { url: 'https://pravda.example/news/2023/01/05/kyiv-strike', date: '2023-01-05', text: 'Росія вдарила ракетами по Києву\n\nВолодимир Зеленський заявив, що російські ракети влучили в енергетичну інфраструктуру Києва. Загиблих немає, повідомили у Київській міській адміністрації.' },
  { url: 'https://nashaniva.example/be/news/2023-03-02', date: '2023-03-02', text: 'Лукашэнка сустрэўся з Пуціным у Маскве\n\nАляксандр Лукашэнка ў чацвер сустрэўся з Уладзімірам Пуціным у Маскве. Бакі абмеркавалі вайсковае супрацоўніцтва.' },
];

async function archiveBundle(server: DemoServer): Promise<string> {
  const db = new ArchiveDB(`e2e-options-${Date.now()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await importBundle(db, parseBundle(JSON.stringify(await buildDemoBundle(server.seeds.slice(0, 4), server.urlOf))), { origin: 'imported' });
  for (const report of REPORTS) await ingestArticle(db, analyzeText(report.text, { url: report.url, publishedAt: report.date }), { origin: 'saved' });
  const bundle = await exportBundle(db);
  db.close();
  return JSON.stringify(bundle);
}

const rows = (page: Page) => page.getByTestId('archive-row');
const titles = async (page: Page) => (await page.locator('.archive-row .row-title').allTextContents()).map((title) => title.trim());
const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: path.join(ARTEFACTS, `${name}.png`), fullPage });

describe.skipIf(!browserPath)('the archive page', () => {
  let server: DemoServer;
  let browser: ExtensionBrowser;
  const files = mkdtempSync(path.join(tmpdir(), 'backstory-bundles-'));
  let bundleFile = '';

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchWithExtension({ headless: true, executablePath: browserPath! });
    bundleFile = path.join(files, 'archive.json');
    writeFileSync(bundleFile, await archiveBundle(server));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('imports a bundle, searches the text with filters and order, exports, refuses a broken file, deletes with Undo', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.getByTestId('import').setInputFiles(bundleFile);
    await expect.poll(() => options.getByTestId('message').textContent()).toContain('Imported 7 articles');
    await expect.poll(() => rows(options).count()).toBe(7);
    expect(await options.textContent('.lede')).toContain('7 articles stored on this computer only');
    // Newest publication first: the Belarusian report of March 2023 heads the list.
    expect((await titles(options))[0]).toBe('Лукашэнка сустрэўся з Пуціным у Маскве');
    await expectReadable(options);
    await shot(options, 'archive-page-list-light', true);
    await options.emulateMedia({ colorScheme: 'dark' });
    await expectReadable(options);
    await shot(options, 'archive-page-list-dark', true);
    await options.emulateMedia({ colorScheme: 'light' });

    // Words of the body, not only the title: "аэродром" is in the Russian report's text alone.
    await options.getByTestId('search').fill('аэродром');
    await expect.poll(() => titles(options)).toEqual(['Лукашенко заявил, что Беларусь не будет воевать']);
    await options.getByTestId('search').fill('Soledar');
    await expect.poll(() => rows(options).count()).toBeGreaterThan(0);
    await options.getByTestId('search').fill('');
    await options.getByTestId('filter-lang').selectOption('uk');
    await expect.poll(() => titles(options)).toEqual(['Росія вдарила ракетами по Києву']);
    await options.getByTestId('filter-lang').selectOption('');
    await options.getByTestId('filter-people').fill('Lukashenk');
    await expect.poll(() => titles(options)).toContain('Лукашэнка сустрэўся з Пуціным у Маскве');
    expect(await titles(options)).not.toContain('Росія вдарила ракетами по Києву');
    // Everything came in one bundle: none was saved by hand here.
    await options.getByTestId('filter-origin').selectOption('saved');
    await expect.poll(() => rows(options).count()).toBe(0);
    await options.getByTestId('filter-origin').selectOption('imported');
    await options.getByTestId('filter-from').fill('2023-02-01');
    await expect.poll(() => titles(options)).toEqual(['Лукашэнка сустрэўся з Пуціным у Маскве']);
    expect(await options.getByTestId('result-count').textContent()).toBe('1 article matches');
    await shot(options, 'archive-page-filtered-light');
    await options.getByRole('button', { name: 'Clear filters' }).click();
    await options.getByTestId('sort').selectOption('oldest');
    await expect.poll(async () => (await titles(options)).at(-1)).toBe('Лукашэнка сустрэўся з Пуціным у Маскве');
    await options.getByTestId('sort').selectOption('newest');

    // The same file again adds nothing; a broken file stores nothing.
    await options.getByTestId('import').setInputFiles(bundleFile);
    await expect.poll(() => options.getByTestId('message').textContent()).toContain('7 already in your archive');
    const brokenFile = path.join(files, 'broken.json');
    writeFileSync(brokenFile, '{"format": "backstory-archive", "version": 1, "articles": [');
    await options.getByTestId('import').setInputFiles(brokenFile);
    await expect.poll(() => options.getByTestId('message').textContent()).toMatch(/not valid JSON|could not be read|JSON/i);
    expect(await rows(options).count()).toBe(7);

    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export bundle' }).click();
    const stream = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(JSON.parse(Buffer.concat(chunks).toString('utf8')).articles).toHaveLength(7);

    // Delete goes at once, with Undo beside the notice.
    const first = (await titles(options))[0]!;
    await options.getByRole('button', { name: `Delete “${first}”` }).click();
    await expect.poll(() => rows(options).count()).toBe(6);
    expect(await options.getByTestId('message').textContent()).toContain(`Deleted “${first}”.`);
    await options.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => options.getByTestId('message').textContent()).toContain(`Restored “${first}”.`);
    await expect.poll(() => titles(options)).toContain(first);
    await expect.poll(() => rows(options).count()).toBe(7);
    await options.close();
  });

  test('opens an archived article with its statements marked, its events, outlet, date and link', async () => {
    const options = await browser.openExtensionPage('options.html');
    await expect.poll(() => rows(options).count()).toBe(7);
    await options.getByTestId('search').fill('аэродром');
    await expect.poll(() => rows(options).count()).toBe(1);
    await options.locator('.archive-row .row-title').first().click();
    const view = options.getByTestId('article-view');
    await view.waitFor();
    expect(await view.locator('h2').textContent()).toBe('Лукашенко заявил, что Беларусь не будет воевать');
    expect(await view.textContent()).toContain('1 Oct 2022');
    expect(await view.locator('a.source-link').getAttribute('href')).toBe(REPORTS[0]!.url);
    // The text is text: the stored article holds no markup, and none is made of it.
    expect(await options.getByTestId('article-text').textContent()).toContain('самолёты остаются на аэродромах');
    const marks = options.getByTestId('statement-mark');
    expect(await marks.count()).toBeGreaterThan(0);
    expect(await marks.allTextContents()).toContainEqual(expect.stringMatching(/Lukashenko.*Мы не собираемся воевать/su));
    await expectReadable(options);
    await shot(options, 'archive-article-view-light');
    await options.emulateMedia({ colorScheme: 'dark' });
    await expectReadable(options);
    await shot(options, 'archive-article-view-dark');
    await options.emulateMedia({ colorScheme: 'light' });
    await options.keyboard.press('Escape');
    await expect.poll(() => view.count()).toBe(0);

    // An English seed: its events are listed beside the text.
    await options.getByTestId('search').fill('Gerasimov');
    await expect.poll(() => titles(options)).toContain('Russia issues an ultimatum to formally involve a third country in Putin’s war');
    await options.locator('.archive-row .row-title').first().click();
    await expect.poll(() => options.getByTestId('article-events').locator('li').count()).toBeGreaterThan(0);
    await shot(options, 'archive-article-view-english-light');
    await options.close();
  });

  test('re-analyses all with progress, and shows the storage used', async () => {
    const options = await browser.openExtensionPage('options.html');
    const storage = options.getByTestId('storage');
    await expect.poll(() => storage.textContent()).toMatch(/Articles\s*7/u);
    expect(await storage.textContent()).toMatch(/Space used\s*[\d.]+ (kB|MB)/u);
    await options.getByRole('button', { name: 'Re-analyse all' }).click();
    await expect.poll(() => options.getByTestId('message').textContent(), { timeout: 30_000 }).toBe('Re-analysed 7 articles.');
    await expect.poll(() => rows(options).count()).toBe(7);
    await options.getByTestId('upkeep').scrollIntoViewIfNeeded();
    await shot(options, 'archive-storage-and-settings-light');
    await options.close();
  });

  test('settings: a site never to read is not read; auto-save, once on, saves a topical article', async () => {
    const options = await browser.openExtensionPage('options.html');
    await expect.poll(() => rows(options).count()).toBe(7);
    expect(await options.getByTestId('auto-save').isChecked()).toBe(false);
    await options.getByTestId('never-read-input').fill(server.urlOf(server.seeds[4]!));
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => options.getByTestId('never-read').textContent()).toContain('127.0.0.1');
    await expectReadable(options);
    await options.getByTestId('settings').scrollIntoViewIfNeeded();
    await shot(options, 'archive-settings-never-read-light');

    const call = (name: string, args: unknown) =>
      options.evaluate(([n, a]) => chrome.runtime.sendMessage({ channel: 'backstory/v1', direction: 'page', name: n, args: a }), [name, args] as const);
    const article = await browser.context.newPage();
    await article.goto(server.urlOf(server.seeds[4]!));
    const tabId = await browser.tabIdOf(article);
    await expect.poll(async () => (await call('getTabState', { tabId })).value, { timeout: 15_000 }).toMatchObject({ status: 'error', error: expect.stringMatching(/never to read this site/) });

    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await options.getByTestId('auto-save').check();
    // Another address of the same article: the same page and verdict are not analysed again within seconds.
    await article.goto(`${server.urlOf(server.seeds[4]!)}?from=settings`);
    await expect.poll(async () => (await call('getTabState', { tabId })).value.saved, { timeout: 15_000 }).not.toBeNull();
    // The archive page follows: the article saved in the other tab is in the list.
    await expect.poll(() => rows(options).count(), { timeout: 10_000 }).toBe(8);
    await options.getByTestId('filter-origin').selectOption('saved');
    await options.getByTestId('search').fill(server.seeds[4]!.title.split(' ').slice(0, 3).join(' '));
    await expect.poll(() => titles(options)).toContain(server.seeds[4]!.title);
    await article.close();
    await options.close();
  });
});
