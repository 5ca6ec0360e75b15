// `npm run bench:chromium`: the archive in real Chromium, on its own IndexedDB, through the built
// extension (`npm run build` first). For archives of 0, 1,000 and 10,000 articles (100,000 with
// --large; or --sizes=0,500), replicated from the development set's real texts (bench/replicate.ts), it measures:
// - ingest: articles stored per second by the archive code in an extension page;
// - check, warm: checkArticle once per query, after a first check, in a fresh page (the fill's
//   page holds its garbage: also given, as measured before);
// - check, cold: the first check in a freshly loaded page (database opened, code not yet hot),
//   a document of the extension that runs no code of its own (BENCH_PAGE);
// - navigation: a tab opening a news page served on 127.0.0.1 until the extension's result for
//   it is stored (detector, extraction, analysis, check), beside the page's own load event, and
//   the same with the background worker stopped first;
// - MiniSearch over the same texts in the same page as the baseline (index build, then a query).
// Figures are medians and 95th percentiles; nothing here is asserted by tests.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { analyzeText } from '../src/core/pipeline';
import type { AnalyzedArticle } from '../src/core/types';
import { EXTENSION_DIR, findBrowser, launchWithExtension, type ExtensionBrowser } from '../tests/support/extensionBrowser';
import { navigate, serveQueries, STAGES, watchResults } from './chromium/navigation';
import { loadDevCorpus } from './devsetDocs';
import { median, percentile } from './stats';

const here = path.dirname(fileURLToPath(import.meta.url));
const SIZES_ARG = process.argv.find((arg) => arg.startsWith('--sizes='));
const SIZES = SIZES_ARG ? SIZES_ARG.slice('--sizes='.length).split(',').map(Number)
  : process.argv.includes('--large') ? [0, 1_000, 10_000, 100_000] : [0, 1_000, 10_000];
/**
 * `--extension=DIR`: a copy of the built extension to run instead of .output/chrome-mv3, so a long
 * run (100,000 articles) need not hold the build that others rebuild and test meanwhile.
 */
const EXTENSION_ARG = process.argv.find((arg) => arg.startsWith('--extension='));
const EXTENSION = EXTENSION_ARG ? path.resolve(EXTENSION_ARG.slice('--extension='.length)) : EXTENSION_DIR;
/**
 * `--slow-image=MS`: each news page also shows an image the server sends after MS ms, as a real
 * page's pictures and ads hold its load event back; without it the pages load as soon as parsed.
 */
const SLOW_IMAGE_MS = Number(process.argv.find((arg) => arg.startsWith('--slow-image='))?.slice('--slow-image='.length) ?? 0);
const CHECK_QUERIES = 40;
const COLD_RUNS = 8;
const NAVIGATIONS = 20;
const COLD_NAVIGATIONS = 5;
/** Articles stored per call into the page: each call's arguments cross the debugging protocol. */
const FILL_BATCH = 1_000;
/** A query page long enough for the detector to call it an article. */
const MIN_QUERY_WORDS = 120;

type Bench = {
  fill(sources: AnalyzedArticle[], from: number, to: number): Promise<number>;
  check(queries: AnalyzedArticle[]): Promise<number[]>;
  holdKeyCounts(): Promise<number>;
  usage(): Promise<number>;
  search(queries: AnalyzedArticle[]): Promise<{ sync: number; load: number; searches: number[] }>;
  miniSearch(sources: AnalyzedArticle[], size: number, queries: AnalyzedArticle[]): { build: number; queries: number[] };
};

async function pageBundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(here, 'chromium/inPage.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/**
 * A document of the extension's origin that runs no code of its own: the background's checks
 * run beside no page either. In options.html the archive page's own start (its list, its search
 * index brought up to the archive) read the same database at the same moment, and a first check
 * there took 417 ms median at 10,000 articles against about 115-170 ms here (15:08 and 17:28).
 */
const BENCH_PAGE = 'manifest.json';

/** An extension page with the bench's archive code loaded (evaluated over the debugging protocol, which the page's CSP does not govern). */
async function benchPage(browser: ExtensionBrowser, code: string): Promise<Page> {
  const page = await browser.openExtensionPage(BENCH_PAGE);
  await page.evaluate(code);
  return page;
}

/** Calls one of the bench's functions in the page (by name: functions do not cross the protocol). */
const call = <K extends keyof Bench>(page: Page, name: K, ...args: Parameters<Bench[K]>): Promise<Awaited<ReturnType<Bench[K]>>> =>
  page.evaluate(([n, a]) => (globalThis as unknown as { __bench: Record<string, (...x: unknown[]) => unknown> }).__bench[n]!(...a), [name, args] as const) as Promise<Awaited<ReturnType<Bench[K]>>>;

const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const stats = (values: number[]) => ({ median: median(values), p95: percentile(values, 95) });

async function main() {
  const executablePath = findBrowser();
  if (!executablePath) {
    console.log('bench:chromium: no Chromium found (apt-get install chromium, or set CHROME_PATH): skipped.');
    return;
  }
  if (!existsSync(path.join(EXTENSION, 'manifest.json'))) {
    console.log('bench:chromium: no built extension (run `npm run build` first): skipped.');
    return;
  }
  const { corpus, note } = loadDevCorpus();
  if (!corpus) {
    console.log(`bench:chromium: ${note}; skipped.`);
    return;
  }
  const sources = corpus.docs.map((doc) => analyzeText(doc.raw, { url: `https://devset.invalid/${doc.id}`, publishedAt: doc.publishedAt }));
  const every = Math.ceil(sources.length / CHECK_QUERIES);
  const asQueries = (offset: number) => sources.filter((_, i) => i % every === offset)
    .map((a) => ({ ...a, article: { ...a.article, url: `${a.article.url}?query` } }));
  const checkQueries = asQueries(0);
  /** Others of the same kind, for the checks in the fill's page: they leave the storage's caches no warmer for checkQueries. */
  const fillPageQueries = asQueries(Math.floor(every / 2));
  const long = corpus.docs.filter((doc) => doc.raw.split(/\s+/).length >= MIN_QUERY_WORDS);
  const pages = long.filter((_, i) => i % Math.max(1, Math.floor(long.length / NAVIGATIONS)) === 0).slice(0, NAVIGATIONS + COLD_NAVIGATIONS + 1);
  const server = await serveQueries(pages, SLOW_IMAGE_MS);
  const code = await pageBundle();
  console.log(`Chromium ${executablePath}; extension ${EXTENSION}; ${sources.length} real texts replicated; ${pages.length} query pages of ${MIN_QUERY_WORDS}+ words`);
  console.log('| archive | ingest | check warm median | p95 | check cold median | p95 | MiniSearch build | query median | p95 | check / query median | p95 | navigation: load median | analysis starts | result median | result p95 | result - load p95 | worker stopped: result median | bytes / article |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  const rows: unknown[] = [];
  const searchLines: string[] = [];
  const stepLines: string[] = [];
  const fillPageLines: string[] = [];
  try {
    for (const size of SIZES) {
      const browser = await launchWithExtension({ headless: true, executablePath, extensionDir: EXTENSION });
      try {
        let page = await benchPage(browser, code);
        const emptyUsage = await call(page, 'usage');
        let fillMs = 0;
        for (let from = 0; from < size; from += FILL_BATCH) fillMs += await call(page, 'fill', sources, from, Math.min(size, from + FILL_BATCH));
        const usage = (await call(page, 'usage')) - emptyUsage;
        await call(page, 'check', checkQueries.slice(0, 1));
        const inFillPage = stats(await call(page, 'check', fillPageQueries));
        // Warm checks run in a page of their own, as the background's do: the page that stored
        // 10,000 articles holds their garbage, and its collections fell on the checks (at 19:58,
        // load 2.1-2.5: 38/134 ms median/p95 there, 29/83 in a fresh page after one check).
        await page.close();
        page = await benchPage(browser, code);
        await call(page, 'check', checkQueries.slice(0, 1));
        // A warm worker has been idle between pages, and read every key's count and the key index
        // meanwhile (idleKeyCounts.ts, heldKeyDays.ts).
        const held = await call(page, 'holdKeyCounts');
        console.log(`${size.toLocaleString('en')} articles: every key's count and the key index read in ${Math.abs(held).toFixed(0)} ms${held < 0 ? ' (gave up)' : ''}`);
        const warm = await call(page, 'check', checkQueries);
        const cold: number[] = [];
        for (let i = 0; i < COLD_RUNS; i++) {
          await page.close();
          page = await benchPage(browser, code);
          cold.push(...(await call(page, 'check', [checkQueries[i % checkQueries.length]!])));
        }
        const mini = await call(page, 'miniSearch', sources, size, checkQueries);
        const search = await call(page, 'search', checkQueries);
        searchLines.push(`| ${size.toLocaleString('en')} | ${(search.sync / 1000).toFixed(1)} s | ${ms(search.load)} | ${ms(median(search.searches))} | ${ms(percentile(search.searches, 95))} |`);

        await watchResults(page);
        const tab = await browser.context.newPage();
        await navigate(tab, page, server.urlOf(pages[0]!)); // wakes the worker, warms the caches
        const loads: number[] = [];
        const starts: number[] = [];
        const results: number[] = [];
        const extra: number[] = [];
        const steps = new Map<string, number[]>();
        for (const doc of pages.slice(1, NAVIGATIONS + 1)) {
          const { load, started, result, stages } = await navigate(tab, page, server.urlOf(doc));
          for (const [name, at] of Object.entries({ ...stages, result: result ?? NaN })) if (!Number.isNaN(at)) steps.set(name, [...(steps.get(name) ?? []), at]);
          loads.push(load);
          if (started !== null) starts.push(started);
          if (result !== null) [results[results.length], extra[extra.length]] = [result, result - load];
        }
        const stopped: number[] = [];
        for (const doc of pages.slice(NAVIGATIONS + 1)) {
          await browser.stopWorker();
          await new Promise((resolve) => setTimeout(resolve, 300));
          const { result } = await navigate(tab, page, server.urlOf(doc));
          if (result !== null) stopped.push(result);
        }
        const [w, c, r, e, l] = [stats(warm), stats(cold), stats(results), stats(extra), stats(loads)];
        const query = median(mini.queries);
        const queryP95 = percentile(mini.queries, 95);
        const ingest = size ? `${(size / (fillMs / 1000)).toFixed(0)}/s` : '–';
        const perArticle = size ? `${Math.round(usage / size).toLocaleString('en')}` : '–';
        console.log(`| ${size.toLocaleString('en')} | ${ingest} | ${ms(w.median)} | ${ms(w.p95)} | ${ms(c.median)} | ${ms(c.p95)} | ${ms(mini.build)} | ${ms(query)} | ${ms(queryP95)} | ${size ? `${(w.median / query).toFixed(1)}x` : '–'} | ${size ? `${(w.p95 / queryP95).toFixed(1)}x` : '–'} | ${ms(l.median)} | ${ms(median(starts))} | ${ms(r.median)} | ${ms(r.p95)} | ${ms(e.p95)} | ${ms(median(stopped))} | ${perArticle} |`);
        // Where a navigation's time goes: when each step of the background's began, from the start of navigation.
        stepLines.push(`| ${size.toLocaleString('en')} | ${ms(l.median)} | ${[...STAGES, 'result'].map((name) => { const at = steps.get(name) ?? []; return at.length ? `${ms(median(at))} / ${ms(percentile(at, 95))}` : '–'; }).join(' | ')} |`);
        if (size) fillPageLines.push(`| ${size.toLocaleString('en')} | ${ms(inFillPage.median)} | ${ms(inFillPage.p95)} |`);
        if (results.length < NAVIGATIONS) console.log(`  (${NAVIGATIONS - results.length} of ${NAVIGATIONS} navigations gave no result within 15 s)`);
        rows.push({ size, ingestPerSecond: size ? size / (fillMs / 1000) : null, checkWarm: w, checkCold: c, miniSearch: { build: mini.build, query, queryP95 }, navigation: { load: l, analysisStarts: stats(starts), result: r, resultMinusLoad: e, workerStopped: stats(stopped) }, bytesPerArticle: size ? usage / size : null });
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  console.log('\nthe archive page\'s search (src/search/archiveSearch.ts; bench/chromium/inPage.ts):');
  console.log('| archive | index from nothing | index load | search median | p95 |');
  console.log('|---|---|---|---|---|');
  for (const line of searchLines) console.log(line);
  console.log('\nwarm checks in the page that filled the archive (as measured before 2026-11-28 20:00; other queries of the same kind):');
  console.log('| archive | check warm median | p95 |');
  console.log('|---|---|---|');
  for (const line of fillPageLines) console.log(line);
  console.log('\nnavigation steps (ms from the start of navigation, median / p95; pageAnalysis.ts):');
  console.log(`| archive | load | ${[...STAGES, 'result'].join(' | ')} |`);
  console.log(`|---|---|${[...STAGES, 'result'].map(() => '---|').join('')}`);
  for (const line of stepLines) console.log(line);
  mkdirSync(path.join(here, 'results'), { recursive: true });
  writeFileSync(path.join(here, 'results/chromium.json'), `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), browser: executablePath, rows }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
