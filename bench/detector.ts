// `npm run bench:detector`: the detector content script's size as built, and detectPage's time
// per page in real Chromium on the 181 pages of ../shared/bench/article-body, against two
// baselines timed in the same run on the same pages: Readability's isProbablyReaderable (the
// cheap check Readability offers) and reading document.body.innerText.length.
// Build first (`npm run build`): this script measures the built file and builds nothing of the
// extension itself; it only bundles detectPage with esbuild to inject it into each page.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILT = path.join(ROOT, '.output/chrome-mv3/content-scripts/detector.js');
const PAGES = path.resolve(ROOT, '../shared/bench/article-body');
const RESULTS = path.join(ROOT, 'bench/results/detector.json');
/** The budget from issue #4. */
const MAX_BYTES = 20_000;
const MAX_MEDIAN_MS = 2;
/** Runs per timed batch (performance.now() is coarsened to 0.1 ms), and batches per page. */
const RUNS_PER_BATCH = 5;
const BATCHES = 3;

interface PageTiming {
  id: string;
  detectMs: number;
  readerableMs: number;
  innerTextMs: number;
  isArticle: boolean;
  relevant: boolean;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

/** detectPage and isProbablyReaderable as one script that defines globals in the page. */
async function bundleForPage(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `export { detectPage } from './src/core/detect';
export { isProbablyReaderable } from '@mozilla/readability';`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: '__backstoryBench',
    write: false,
    charset: 'utf8',
  });
  return result.outputFiles[0]!.text;
}

/**
 * Runs inside the page: the median over batches of each function's time per call, in ms. Kept
 * as source text because tsx decorates compiled functions with helpers the page lacks.
 */
const TIME_IN_PAGE = `(options) => {
  const bench = globalThis.__backstoryBench;
  const perCall = (fn) => {
    fn(); // warm-up: first-call compilation is not what a page pays on every visit
    const batches = [];
    for (let batch = 0; batch < options.batches; batch++) {
      const start = performance.now();
      for (let run = 0; run < options.runs; run++) fn();
      batches.push((performance.now() - start) / options.runs);
    }
    return batches.sort((a, b) => a - b)[Math.floor(batches.length / 2)];
  };
  const detection = bench.detectPage(document, location.href);
  return {
    detectMs: perCall(() => bench.detectPage(document, location.href)),
    readerableMs: perCall(() => bench.isProbablyReaderable(document)),
    innerTextMs: perCall(() => document.body ? document.body.innerText.length : 0),
    isArticle: detection.isArticle,
    relevant: detection.relevant,
  };
}`;

async function main(): Promise<void> {
  if (!existsSync(BUILT)) {
    console.error(`No ${path.relative(ROOT, BUILT)}: run \`npm run build\` (or \`npx wxt build\`) first.`);
    process.exit(1);
  }
  const built = readFileSync(BUILT);
  const size = { bytes: built.length, gzipBytes: gzipSync(built).length, builtAt: statSync(BUILT).mtime.toISOString() };

  const truth = JSON.parse(readFileSync(path.join(PAGES, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  const ids = readdirSync(path.join(PAGES, 'html'))
    .filter((file) => file.endsWith('.html.gz'))
    .map((file) => file.replace(/\.html\.gz$/u, ''))
    .sort();
  const script = await bundleForPage();
  const browser = await chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  const timings: PageTiming[] = [];
  try {
    // The page's own scripts stay off, as on a first paint: the detector reads the DOM as served.
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    for (const id of ids) {
      const url = truth[id]?.url ?? `http://127.0.0.1/${id}.html`;
      const html = gunzipSync(readFileSync(path.join(PAGES, 'html', `${id}.html.gz`)));
      // The page is served under its own address (so location.href is real) and nothing else
      // loads: no network, no third-party resources.
      await page.unroute('**/*');
      const address = url.replace(/#.*$/u, '');
      await page.route('**/*', (route) =>
        route.request().url() === address && route.request().isNavigationRequest()
          ? route.fulfill({ status: 200, contentType: 'text/html', body: html })
          : route.abort(),
      );
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
      } catch (error) {
        console.warn(`skipped ${id}: ${(error as Error).message.split('\n')[0]}`);
        continue;
      }
      await page.evaluate(script);
      const timing = (await page.evaluate(`(${TIME_IN_PAGE})(${JSON.stringify({ runs: RUNS_PER_BATCH, batches: BATCHES })})`)) as Omit<PageTiming, 'id'>;
      timings.push({ id, ...timing });
    }
  } finally {
    await browser.close();
  }

  const column = (key: 'detectMs' | 'readerableMs' | 'innerTextMs') => timings.map((timing) => timing[key]);
  const summary = {
    date: new Date().toISOString().slice(0, 10),
    command: 'npm run bench:detector',
    chromium: browser.version(),
    pages: timings.length,
    size: { ...size, maxBytes: MAX_BYTES, withinBudget: size.bytes <= MAX_BYTES },
    detectPage: { medianMs: median(column('detectMs')), p90Ms: percentile(column('detectMs'), 0.9), maxMs: Math.max(...column('detectMs')) },
    isProbablyReaderable: { medianMs: median(column('readerableMs')), p90Ms: percentile(column('readerableMs'), 0.9) },
    innerTextLength: { medianMs: median(column('innerTextMs')), p90Ms: percentile(column('innerTextMs'), 0.9) },
    ratio: {
      detectToReaderable: median(column('detectMs')) / median(column('readerableMs')),
      detectToInnerText: median(column('detectMs')) / median(column('innerTextMs')),
    },
    withinTimeBudget: median(column('detectMs')) <= MAX_MEDIAN_MS,
    verdicts: { articles: timings.filter((t) => t.isArticle).length, relevant: timings.filter((t) => t.relevant).length },
    perPage: timings,
  };

  const ms = (value: number) => value.toFixed(3);
  console.log(`detector.js: ${size.bytes} bytes minified (${size.gzipBytes} gzipped); budget ${MAX_BYTES}: ${summary.size.withinBudget ? 'within' : 'OVER'}`);
  console.log(`\nChromium ${summary.chromium}, ${timings.length} pages, median of ${BATCHES} batches of ${RUNS_PER_BATCH} runs per page\n`);
  console.log('| per page | median ms | p90 ms | detectPage / this |');
  console.log('|---|---|---|---|');
  console.log(`| detectPage | ${ms(summary.detectPage.medianMs)} | ${ms(summary.detectPage.p90Ms)} | 1 |`);
  console.log(`| isProbablyReaderable | ${ms(summary.isProbablyReaderable.medianMs)} | ${ms(summary.isProbablyReaderable.p90Ms)} | ${summary.ratio.detectToReaderable.toFixed(2)} |`);
  console.log(`| body.innerText.length | ${ms(summary.innerTextLength.medianMs)} | ${ms(summary.innerTextLength.p90Ms)} | ${summary.ratio.detectToInnerText.toFixed(2)} |`);
  console.log(`\nmedian budget ${MAX_MEDIAN_MS} ms: ${summary.withinTimeBudget ? 'within' : 'OVER'}; slowest page ${ms(summary.detectPage.maxMs)} ms`);
  console.log(`verdicts: ${summary.verdicts.articles}/${timings.length} articles, ${summary.verdicts.relevant} relevant`);
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(ROOT, RESULTS)}`);
}

await main();
