// `npx tsx bench/chromiumDatasets.ts` (in `npm run bench`; `npm run build` first): imports in real
// Chromium, on the built extension's own IndexedDB, through the archive page's code (bundled with
// bench/chromium/inPage.ts and evaluated in options.html). Two fresh browser profiles:
// 1. events and the panel: 100,000 GENERATED ACLED rows (bench/datasetRows.ts: format-exact,
//    gazetteer places, made up) imported as a chosen file is, then 10,000 articles replicated
//    from the development set's real texts; bytes per event and per article as the browser counts
//    the origin's storage; then the panel's lookup for one article (check, prior events, the
//    dataset's numbers, as the background does before the panel shows a result) over 40 queries;
//    then 100,000 UCDP and 100,000 GDELT (zipped) rows each timed on top.
// 2. files: 1,000 HTML pages (the development set's texts of 150 words or more as outlets serve
//    them, copies at other addresses opening with words of their own) imported as a chosen folder, then the same folder again
//    (everything already stored: the resume's cost).
// Options: --only=events|pages, --rows=N, --articles=N, --pages=N, --extension=DIR; --cpu prints where the page's
// main thread spends the panel lookups and the first folder import (bench/cpuProfile.ts);
// --profile[=acled,...] times reading and storing apart, and each page stage alone.
// Targets (issue 10): 100,000 rows in at most 30 s; at least 100 pages a second; panel p95 at
// most 150 ms. Figures are printed and written to bench/results/chromiumDatasets.json, not asserted.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { analyzeText } from '../src/core/pipeline';
import { EXTENSION_DIR, findBrowser, launchWithExtension } from '../tests/support/extensionBrowser';
import { seedPageHtml } from '../tests/support/seedPages';
import { browserCpuMs, browserThreadMs } from './chromiumDatasetsCpu';
import { cpuProfile } from './cpuProfile';
import { loadDevCorpus } from './devsetDocs';
import { median, percentile } from './stats';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const ROWS = arg('rows', 100_000);
const ARTICLES = arg('articles', 10_000);
const PAGES = arg('pages', 1_000);
const QUERIES = 40;
const FILL_BATCH = 1_000;
const PAGE_BATCH = 100;
/** `--only=events` or `--only=pages`: one of the two parts. */
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const MIN_PAGE_WORDS = 150;
/** `--extension=DIR`: a built extension copied elsewhere (a build others cannot replace mid-run). */
const EXTENSION = path.resolve(process.argv.find((a) => a.startsWith('--extension='))?.slice(12) ?? EXTENSION_DIR);

async function pageBundle(): Promise<string> {
  const result = await build({ entryPoints: [path.join(here, 'chromiumDatasetsPage.ts')], bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'silent', alias: { '@': path.resolve(here, '..') }, define: { 'process.env': '{}' } });
  return result.outputFiles[0]!.text;
}

/** Calls a function of the page's bench by name (functions do not cross the debugging protocol). */
function call<T>(page: Page, group: '__bench' | '__datasetBench', name: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(([g, n, a]) => (globalThis as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>)[g as string]![n as string]!(...(a as unknown[])), [group, name, args] as const) as Promise<T>;
}

/** Thrown to leave out a part (`--only`). */
class SkipPart extends Error {}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const stats = (values: number[]) => ({ median: median(values), p95: percentile(values, 95) });

async function main() {
  const executablePath = findBrowser();
  if (!executablePath) return console.log('bench:chromiumDatasets: no Chromium found (apt-get install chromium, or set CHROME_PATH): skipped.');
  if (!existsSync(path.join(EXTENSION, 'manifest.json'))) return console.log('bench:chromiumDatasets: no built extension (run `npm run build` first): skipped.');
  const { corpus, note } = loadDevCorpus();
  if (!corpus) return console.log(`bench:chromiumDatasets: ${note}; skipped.`);
  const code = await pageBundle();
  const load = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');
  console.log(`Chromium ${executablePath}; ${new Date().toISOString().slice(0, 16)} UTC; load average ${load()}`);
  const results: Record<string, unknown> = { date: new Date().toISOString(), loadAverage: os.loadavg() };

  const sources = corpus.docs.map((doc) => analyzeText(doc.raw, { url: `https://devset.invalid/${doc.id}`, publishedAt: doc.publishedAt }));
  const topical = sources.filter((a) => a.detection.relevant);
  const queries = topical.filter((_, i) => i % Math.max(1, Math.floor(topical.length / QUERIES)) === 0).slice(0, QUERIES)
    .map((a) => ({ ...a, article: { ...a.article, url: `${a.article.url}?query` } }));

  let browser = await launchWithExtension({ headless: true, executablePath, extensionDir: EXTENSION });
  try {
    if (ONLY === 'pages') throw new SkipPart();
    const page = await browser.openExtensionPage('options.html');
    await page.evaluate(code);
    const empty = await call<number>(page, '__bench', 'usage');
    if (process.argv.some((a) => a.startsWith('--profile'))) {
      const formats = process.argv.find((a) => a.startsWith('--profile='))?.slice(10).split(',') ?? ['acled', 'ucdp', 'gdelt'];
      for (const format of formats) console.log(`${format}: ms to read and to store`, JSON.stringify(await call(page, '__datasetBench', 'profileEvents', format, ROWS)));
      if (process.argv.includes('--profile-only')) throw new SkipPart();
    }
    const acled = await call<{ ms: number; bytes: number; read: number; kept: number; skipped: number }>(page, '__datasetBench', 'importEvents', 'acled', ROWS);
    const afterEvents = await call<number>(page, '__bench', 'usage');
    console.log(`\n| import | rows | kept | skipped | file MB | time | rows/s | target |`);
    console.log('|---|---|---|---|---|---|---|---|');
    const row = (name: string, r: typeof acled) => console.log(`| ${name} | ${r.read.toLocaleString('en')} | ${r.kept.toLocaleString('en')} | ${r.skipped} | ${(r.bytes / 1e6).toFixed(1)} | ${s(r.ms)} | ${Math.round(r.read / (r.ms / 1000)).toLocaleString('en')} | ${r.read >= 100_000 ? (r.ms <= 30_000 ? 'met (≤ 30 s)' : 'missed (≤ 30 s)') : '–'} |`);
    row('ACLED CSV', acled);
    let fillMs = 0;
    for (let from = 0; from < ARTICLES; from += FILL_BATCH) fillMs += await call<number>(page, '__bench', 'fill', sources, from, Math.min(ARTICLES, from + FILL_BATCH));
    const afterArticles = await call<number>(page, '__bench', 'usage');
    await call(page, '__datasetBench', 'panel', queries.slice(0, 2));
    const runPanel = () => call<{ times: number[]; check: number[]; prior: number[]; events: number; related: number }>(page, '__datasetBench', 'panel', queries);
    const panel = process.argv.includes('--cpu') ? await cpuProfile(page, runPanel).then(({ result, lines }) => (console.log(lines.join('\n')), result)) : await runPanel();
    const p = stats(panel.times);
    // The check without the prior-events lookup beside it: what the lookup adds to the panel's time.
    const checkAlone = stats(await call<number[]>(page, '__bench', 'check', queries));
    if (process.argv.includes('--panel-ab')) {
      for (let round = 0; round < 2; round++) {
        const alone = stats(await call<number[]>(page, '__bench', 'check', queries));
        const both = stats((await runPanel()).times);
        console.log(`round ${round + 1}: check alone median ${alone.median.toFixed(1)} p95 ${alone.p95.toFixed(1)}; with prior events median ${both.median.toFixed(1)} p95 ${both.p95.toFixed(1)} (load ${load()})`);
      }
      throw new SkipPart();
    }
    const ucdp = await call<typeof acled>(page, '__datasetBench', 'importEvents', 'ucdp', ROWS);
    const gdelt = await call<typeof acled>(page, '__datasetBench', 'importEvents', 'gdelt', ROWS);
    row('UCDP GED CSV (on top)', ucdp);
    row('GDELT 2.0 export, zipped (on top)', gdelt);
    const perEvent = (afterEvents - empty) / acled.kept;
    const perArticle = (afterArticles - afterEvents) / ARTICLES;
    console.log(`\nStorage (navigator.storage.estimate): ${Math.round(perEvent).toLocaleString('en')} bytes per event (${acled.kept.toLocaleString('en')} ACLED events), ${Math.round(perArticle).toLocaleString('en')} bytes per article (${ARTICLES.toLocaleString('en')} articles, stored at ${Math.round(ARTICLES / (fillMs / 1000))}/s)`);
    console.log(`Panel lookup, one article, ${acled.kept.toLocaleString('en')} events and ${ARTICLES.toLocaleString('en')} articles stored, ${queries.length} articles: median ${p.median.toFixed(1)} ms, p95 ${p.p95.toFixed(1)} ms (target p95 ≤ 150 ms: ${p.p95 <= 150 ? 'met' : 'missed'}); ${(panel.events / queries.length).toFixed(1)} prior events and ${(panel.related / queries.length).toFixed(1)} related reports per article; the check alone ends at median ${median(panel.check).toFixed(1)} ms (p95 ${percentile(panel.check, 95).toFixed(1)}), the prior events at ${median(panel.prior).toFixed(1)} ms (p95 ${percentile(panel.prior, 95).toFixed(1)}); the check run alone, median ${checkAlone.median.toFixed(1)} ms (p95 ${checkAlone.p95.toFixed(1)})`);
    Object.assign(results, { events: { acled, ucdp, gdelt }, bytesPerEvent: perEvent, bytesPerArticle: perArticle, articles: ARTICLES, articlesPerSecond: ARTICLES / (fillMs / 1000), panel: { ...p, check: stats(panel.check), prior: stats(panel.prior), checkAlone, times: panel.times, eventsPerArticle: panel.events / queries.length, relatedPerArticle: panel.related / queries.length } });
  } catch (error) {
    if (!(error instanceof SkipPart)) throw error;
  } finally {
    await browser.close();
  }

  browser = await launchWithExtension({ headless: true, executablePath, extensionDir: EXTENSION });
  try {
    if (ONLY === 'events') throw new SkipPart();
    const page = await browser.openExtensionPage('options.html');
    await page.evaluate(code);
    // Articles, not the set's lead-only snippets: the page import's cost is in reading articles.
    const docs = corpus.docs.filter((doc) => doc.raw.split(/\s+/).length >= MIN_PAGE_WORDS);
    for (let from = 0; from < PAGES; from += PAGE_BATCH) {
      const batch = [];
      for (let i = from; i < Math.min(PAGES, from + PAGE_BATCH); i++) {
        const doc = docs[i % docs.length]!;
        const copy = Math.floor(i / docs.length);
        const [title = '', ...rest] = doc.raw.split('\n');
        // The copy's own words open the text: a closing line alone may be cut as page chrome.
        const body = copy === 0 ? rest.join('\n').trim() : `In dispatch number ${copy}: ${rest.join('\n').trim()}`;
        const url = `https://devset.invalid/${doc.id}/${copy}.html`;
        batch.push({ path: `pages/${String(i).padStart(4, '0')}-${doc.id}.html`, html: seedPageHtml({ file: doc.id, outlet: doc.outlet, publishedAt: doc.publishedAt, lang: doc.lang, title, body }, { url }) });
      }
      await call(page, '__datasetBench', 'addPages', batch);
    }
    type Pages = { ms: number; files: number; added: number; skipped: Record<string, number>; error: string | null; workers: number };
    if (process.argv.some((a) => a.startsWith('--profile'))) console.log('ms per stage over the pages:', await call(page, '__datasetBench', 'profilePages'));
    // The analysis worker as the build emitted it (FileImport.tsx's pool); without one, the page's thread alone.
    const assets = path.join(EXTENSION, 'assets');
    const worker = existsSync(assets) ? readdirSync(assets).find((name) => /^fileImportWorker.*\.js$/.test(name)) : undefined;
    const workerPath = worker && !process.argv.includes('--no-workers') ? `assets/${worker}` : null;
    // `--in-flight=N`, `--batch=N`, `--workers=N`: the import's own settings tried otherwise (FileImport.tsx's by default).
    const given = (name: string, fallback: number) => (process.argv.some((a) => a.startsWith(`--${name}=`)) ? arg(name, fallback) : undefined);
    const tuning = { inFlight: given('in-flight', 4), batchSize: given('batch', 200), workers: given('workers', 2) };
    // The browser's CPU time over each import (all its processes): a figure the machine's load hardly moves.
    // The workers started and warmed as the archive page does when the reader opens the picker,
    // the import timed from the files' choice; `--cold`: started with the import instead.
    const importPages = async () => {
      if (workerPath && !process.argv.includes('--cold')) {
        const warmUpMs = await call<number>(page, '__datasetBench', 'prepareWorkers', workerPath, tuning.workers);
        console.log(`analysis workers started and warmed before the import (as while the reader picks the folder): ${Math.round(warmUpMs)} ms`);
      }
      const cpuBefore = browserCpuMs(browser.profileDir);
      const threadsBefore = process.argv.includes('--threads') ? browserThreadMs(browser.profileDir) : null;
      const result = await call<Pages>(page, '__datasetBench', 'importPages', workerPath, tuning);
      const cpuAfter = browserCpuMs(browser.profileDir);
      const threadsAfter = threadsBefore && browserThreadMs(browser.profileDir);
      if (threadsBefore && threadsAfter) {
        // `--threads`: each thread's CPU ms a page over this import, the busiest first.
        const used = [...threadsAfter].map(([name, ms]) => [name, (ms - (threadsBefore.get(name) ?? 0)) / result.files] as const).filter(([, ms]) => ms >= 0.05).sort((a, b) => b[1] - a[1]);
        console.log(`CPU ms a page by thread: ${used.map(([name, ms]) => `${name} ${ms.toFixed(2)}`).join('; ')}`);
      }
      return { ...result, cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
    };
    const first = process.argv.includes('--cpu') ? await cpuProfile(page, importPages).then(({ result, lines }) => (console.log(lines.join('\n')), result)) : await importPages();
    const again = await importPages();
    console.log(`\n| HTML pages (folder import, ${first.workers} analysis workers) | files | added | skipped | time | pages/s | browser CPU ms/page | target |`);
    console.log('|---|---|---|---|---|---|---|---|');
    for (const [name, r] of [['first import', first], ['same folder again', again]] as const) {
      const rate = r.files / (r.ms / 1000);
      const cpu = r.cpuMs === null ? '–' : (r.cpuMs / r.files).toFixed(1);
      console.log(`| ${name} | ${r.files.toLocaleString('en')} | ${r.added.toLocaleString('en')} | ${JSON.stringify(r.skipped)} | ${s(r.ms)} | ${rate.toFixed(0)} | ${cpu} | ${name === 'first import' ? (rate >= 100 ? 'met (≥ 100/s)' : 'missed (≥ 100/s)') : '–'} |`);
    }
    Object.assign(results, { pages: { first, again } });
  } catch (error) {
    if (!(error instanceof SkipPart)) throw error;
  } finally {
    await browser.close();
  }
  console.log(`load average after: ${load()}`);
  mkdirSync(path.join(here, 'results'), { recursive: true });
  writeFileSync(path.join(here, 'results/chromiumDatasets.json'), `${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
