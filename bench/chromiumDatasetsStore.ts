// `npx tsx bench/chromiumDatasetsStore.ts [--extension=DIR] [--count=N] [--batch=N] [--rounds=N]`:
// what storing analysed articles costs in Chromium's IndexedDB (ingestArticles, the write of a
// folder import and of bench/chromium.ts's fill), whole and step by step, in the built
// extension's origin. Devset articles analysed in Node and replicated (bench/replicate.ts).
// `--whole`: ingestArticles alone, with the browser's CPU time an article (all its processes).
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { analyzeText } from '../src/core/pipeline';
import { EXTENSION_DIR, findBrowser, launchWithExtension } from '../tests/support/extensionBrowser';
import { browserCpuMs } from './chromiumDatasetsCpu';
import { loadDevCorpus } from './devsetDocs';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const EXTENSION = path.resolve(process.argv.find((a) => a.startsWith('--extension='))?.slice(12) ?? EXTENSION_DIR);
const COUNT = arg('count', 2_000);
const BATCH = arg('batch', 100);
const ROUNDS = arg('rounds', 2);

const call = <T>(page: Page, name: string, ...args: unknown[]) =>
  page.evaluate(([n, a]) => (globalThis as unknown as { __storeBench: Record<string, (...x: unknown[]) => unknown> }).__storeBench[n as string]!(...(a as unknown[])), [name, args] as const) as Promise<T>;

async function main() {
  const executablePath = findBrowser();
  if (!executablePath) return console.log('no Chromium found: skipped.');
  const { corpus, note } = loadDevCorpus();
  if (!corpus) return console.log(`${note}; skipped.`);
  const code = (await build({ entryPoints: [path.join(here, 'chromiumDatasetsStorePage.ts')], bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'silent' })).outputFiles[0]!.text;
  const sources = corpus.docs.map((doc) => analyzeText(doc.raw, { url: `https://devset.invalid/${doc.id}`, publishedAt: doc.publishedAt }));
  const load = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');
  console.log(`${new Date().toISOString().slice(0, 16)} UTC; load ${load()}; ${COUNT} articles, ${BATCH} a transaction; ${EXTENSION}`);
  const browser = await launchWithExtension({ headless: true, executablePath, extensionDir: EXTENSION });
  try {
    const page = await browser.openExtensionPage('manifest.json');
    await page.evaluate(code);
    for (let round = 0; round < ROUNDS; round++) {
      let cpu = browserCpuMs(browser.profileDir);
      const whole = await call<number>(page, 'whole', sources, COUNT, BATCH, `store-whole-${round}`);
      const wholeCpu = (browserCpuMs(browser.profileDir) ?? 0) - (cpu ?? 0);
      if (process.argv.includes('--whole')) {
        console.log(`round ${round + 1}: ingestArticles ${Math.round(COUNT / (whole / 1000))}/s, ${(whole / COUNT).toFixed(2)} ms an article, browser CPU ${(wholeCpu / COUNT).toFixed(2)} ms an article; load ${load()}`);
        continue;
      }
      cpu = browserCpuMs(browser.profileDir);
      const steps = await call<Record<string, number>>(page, 'steps', sources, COUNT, BATCH, `store-steps-${round}`);
      const stepsCpu = (browserCpuMs(browser.profileDir) ?? 0) - (cpu ?? 0);
      const per = (ms: number) => (ms / COUNT).toFixed(2);
      console.log(`round ${round + 1}: ingestArticles ${Math.round(COUNT / (whole / 1000))}/s, ${per(whole)} ms an article, browser CPU ${per(wholeCpu)} ms; steps (ms an article, CPU ${per(stepsCpu)}): ${Object.entries(steps).map(([k, v]) => `${k} ${k.endsWith('Rows') || k === 'keys' ? (v / COUNT).toFixed(1) : per(v)}`).join(', ')}; load ${load()}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
