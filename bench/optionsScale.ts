// `npx tsx bench/optionsScale.ts [--size=10000]`: the archive page at scale in real Chromium,
// through the built extension (`npm run build` first). The archive is filled with the
// development set's real texts replicated (bench/replicate.ts, as bench:chromium does), then:
// - the page's first opening, which indexes the whole archive for search, and a later opening,
//   which loads the stored index: milliseconds until the list is painted;
// - search in the page's own code: each query (words, filters, both) timed 20 times;
// - the page itself: from a filter's change, or from typing (after the page's 120 ms pause), to
//   the list painted;
// - scrolling the list: frame intervals while scrolling through it, and jumps to random places.
// Figures are medians and 95th percentiles with the load average; nothing here is asserted.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { analyzeText } from '../src/core/pipeline';
import { EXTENSION_DIR, findBrowser, launchWithExtension } from '../tests/support/extensionBrowser';
import { loadDevCorpus } from './devsetDocs';
import { median, percentile } from './stats';

const here = path.dirname(fileURLToPath(import.meta.url));
/** A copy of the built extension (so a long run need not hold the e2e lock while others rebuild). */
const EXTENSION = process.argv.find((arg) => arg.startsWith('--extension='))?.slice(12) ?? EXTENSION_DIR;
const SIZE = Number(process.argv.find((arg) => arg.startsWith('--size='))?.slice(7) ?? 10_000);
const FILL_BATCH = 1_000;
const RUNS = 20;
const QUERIES = [
  { text: 'лукашенко' },
  { text: 'putin' },
  { text: 'wagner' },
  { text: 'мобилизац' },
  { text: 'київ' },
  { text: 'минск переговоры' },
  { text: 'nuclear weapons belarus' },
  { text: 'в' },
  { lang: 'ru' },
  { person: 'lukashenko' },
  { place: 'kyiv', from: '2022-01-01', to: '2022-12-31' },
  { text: 'war', lang: 'en', sort: 'oldest' as const },
];

const bundle = async (entry: string) =>
  (await build({ entryPoints: [path.join(here, entry)], bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'silent' })).outputFiles[0]!.text;
const stats = (values: number[]) => ({ median: median(values), p95: percentile(values, 95), max: Math.max(...values) });
const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');

// Code run in the page is sent as text: tsx names inner functions with a helper the page lacks.
/** Milliseconds from `act` (run in the page) to the result count changing and the next frame painted. */
async function untilRepaint(page: Page, act: string): Promise<number> {
  return page.evaluate(`(async () => {
    const count = document.querySelector('[data-testid=result-count]');
    const before = count.textContent;
    const start = performance.now();
    ${act}
    await new Promise((resolve) => {
      const check = () => (count.textContent !== before ? resolve() : requestAnimationFrame(check));
      requestAnimationFrame(check);
      setTimeout(resolve, 10000);
    });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - start;
  })()`);
}

const setField = (testId: string, value: string, event: 'input' | 'change') =>
  `{ const el = document.querySelector('[data-testid=${testId}]'); Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value').set.call(el, ${JSON.stringify(value)}); el.dispatchEvent(new Event('${event}', { bubbles: true })); }`;

/** A reader flicking through (240 px a frame for 600 frames, about 2,250 rows), then 60 jumps to random places. */
async function scrolling(page: Page): Promise<{ frames: number[]; jumps: number[] }> {
  return page.evaluate(`(async () => {
    const box = document.querySelector('[data-testid=archive-list]');
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const frames = [];
    let last = await frame();
    for (let i = 0; i < 600; i++) {
      box.scrollTop += 240;
      const now = await frame();
      frames.push(now - last);
      last = now;
    }
    const jumps = [];
    for (let i = 0; i < 60; i++) {
      const start = performance.now();
      box.scrollTop = Math.floor((((i * 7919) % 997) / 997) * box.scrollHeight);
      await frame();
      await frame();
      jumps.push(performance.now() - start);
    }
    return { frames, jumps };
  })()`);
}

async function main() {
  const executablePath = findBrowser();
  if (!executablePath || !existsSync(path.join(EXTENSION, 'manifest.json'))) {
    console.log('bench optionsScale: needs Chromium and a built extension (npm run build): skipped.');
    return;
  }
  const { corpus, note } = loadDevCorpus();
  if (!corpus) return console.log(`bench optionsScale: ${note}; skipped.`);
  const sources = corpus.docs.slice(0, Number(process.argv.find((arg) => arg.startsWith('--sources='))?.slice(10) ?? corpus.docs.length)).map((doc) => analyzeText(doc.raw, { url: `https://devset.invalid/${doc.id}`, publishedAt: doc.publishedAt }));
  const [fillCode, benchCode] = await Promise.all([bundle('chromium/inPage.ts'), bundle('optionsScale/inPage.ts')]);
  const browser = await launchWithExtension({ headless: true, executablePath, extensionDir: path.resolve(EXTENSION) });
  try {
    // Filled from the side panel's page: the archive page's own work (its index) stays out of the fill.
    const filler = await browser.openExtensionPage('sidepanel.html?tabId=1');
    await filler.evaluate(fillCode);
    for (let from = 0; from < SIZE; from += FILL_BATCH) {
      await filler.evaluate(([a, b, c]) => (globalThis as unknown as { __bench: { fill(s: unknown, f: number, t: number): Promise<number> } }).__bench.fill(a, b, c), [sources, from, Math.min(SIZE, from + FILL_BATCH)] as const);
      process.stderr.write(`filled ${Math.min(SIZE, from + FILL_BATCH)} at ${new Date().toISOString().slice(11, 19)}\n`);
    }
    const usageBefore = await filler.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    await filler.close();

    const openUntilList = async () => {
      const start = Date.now();
      const page = await browser.openExtensionPage('options.html');
      page.on('console', (message) => message.type() === 'error' && console.error(`page error: ${message.text()}`));
      page.on('pageerror', (error) => console.error(`page: ${error.message}`));
      page.on('crash', () => console.error('page crashed'));
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=archive-row]').length > 0, null, { timeout: 120_000, polling: 20 });
      const firstRows = Date.now() - start;
      await page
        .waitForFunction((size) => document.querySelector('[data-testid=result-count]')?.textContent === `${size.toLocaleString('en')} articles`, SIZE, { timeout: Number(process.env.WAIT_MS ?? 900_000), polling: 50 })
        .catch(async (error: Error) => {
          throw new Error(`${error.message}; the page says: ${await page.getByTestId('result-count').textContent()}`);
        });
      return { page, firstRows, indexed: Date.now() - start };
    };
    const first = await openUntilList();
    console.log(`${SIZE.toLocaleString('en')} articles; load average ${load()}`);
    console.log(`first opening (whole archive indexed): rows painted after ${ms(first.firstRows)}, all ${SIZE.toLocaleString('en')} searchable after ${ms(first.indexed)}`);
    const usageAfter = await first.page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    await first.page.close();
    const opens: number[] = [];
    let page: Page | null = null;
    for (let i = 0; i < 5; i++) {
      await page?.close();
      const next = await openUntilList();
      opens.push(next.indexed);
      page = next.page;
    }
    const o = stats(opens);
    console.log(`later openings (stored index): list complete after median ${ms(o.median)}, p95 ${ms(o.p95)}; the browser counts ${(usageBefore / 1e6).toFixed(0)} MB before the page opened, ${(usageAfter / 1e6).toFixed(0)} MB with its index`);

    await page!.evaluate(benchCode);
    const search = await page!.evaluate(([q, runs]) => (globalThis as unknown as { __optionsBench: { search(q: unknown, r: number): Promise<{ load: number; size: number; times: Record<string, number[]>; counts: Record<string, number> }> } }).__optionsBench.search(q, runs), [QUERIES, RUNS] as const);
    console.log(`\nsearch in the page's code (index loaded in ${ms(search.load)}; ${RUNS} runs each; load average ${load()})`);
    console.log('| query | matches | median | p95 |\n|---|---|---|---|');
    const all: number[] = [];
    for (const [key, times] of Object.entries(search.times)) {
      const s = stats(times);
      all.push(...times);
      console.log(`| ${key} | ${search.counts[key]!.toLocaleString('en')} | ${ms(s.median)} | ${ms(s.p95)} |`);
    }
    const a = stats(all);
    console.log(`all queries: median ${ms(a.median)}, p95 ${ms(a.p95)}, max ${ms(a.max)}`);

    const filterTimes: number[] = [];
    const typingTimes: number[] = [];
    for (let i = 0; i < 10; i++) {
      filterTimes.push(await untilRepaint(page!, setField('filter-from', `20${22 + (i % 2)}-0${1 + (i % 5)}-01`, 'input')));
      filterTimes.push(await untilRepaint(page!, setField('filter-from', '', 'input')));
      typingTimes.push(await untilRepaint(page!, setField('search', ['лукашенко', 'putin', 'київ', 'wagner', 'soledar'][i % 5]!, 'input')));
      typingTimes.push(await untilRepaint(page!, setField('search', '', 'input')));
    }
    const [f, t] = [stats(filterTimes), stats(typingTimes)];
    console.log(`\nthe page (load average ${load()}): a filter changed to the list painted, median ${ms(f.median)}, p95 ${ms(f.p95)}; words typed to the list painted (120 ms of it the pause after typing), median ${ms(t.median)}, p95 ${ms(t.p95)}`);

    const scroll = await scrolling(page!);
    const [fr, j] = [stats(scroll.frames), stats(scroll.jumps)];
    const long = scroll.frames.filter((frame) => frame > 50).length;
    console.log(`scrolling ${SIZE.toLocaleString('en')} rows (load average ${load()}): frame interval median ${ms(fr.median)}, p95 ${ms(fr.p95)}, max ${ms(fr.max)}, ${long} of ${scroll.frames.length} frames over 50 ms; a jump to a random place painted in median ${ms(j.median)}, p95 ${ms(j.p95)}`);

    mkdirSync(path.join(here, 'results'), { recursive: true });
    writeFileSync(
      path.join(here, 'results/optionsScale.json'),
      `${JSON.stringify({ date: new Date().toISOString(), size: SIZE, loadavg: loadavg(), firstOpening: { firstRows: first.firstRows, indexed: first.indexed }, laterOpenings: o, search: { load: search.load, all: a, perQuery: Object.fromEntries(Object.entries(search.times).map(([k, v]) => [k, { matches: search.counts[k], ...stats(v) }])) }, page: { filter: f, typing: t }, scrolling: { frames: fr, framesOver50ms: long, jumps: j }, bytes: { archive: usageBefore, index: usageAfter - usageBefore } }, null, 2)}\n`,
    );
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
