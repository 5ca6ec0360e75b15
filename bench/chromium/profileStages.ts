// Where one check's time goes in Chromium, cold (a freshly loaded page) and warm: each stage timed
// (stagesPage.ts), medians over the queries. The archive is filled once into a kept profile
// (`--profile=DIR`, default /tmp/backstory-stages-profile) so repeated runs skip the fill.
// `npx tsx bench/chromium/profileStages.ts --size=10000 --extension=DIR [--page=manifest.json] [--cpu]
// [--cpu-warm] [--long] [--rounds=N] [--slowest=N] [--cold=N]`: --slowest prints the slowest checks
// stage by stage (what a p95 is made of), --long takes articles of 120 words or more (as the
// navigations of bench/chromium.ts open), --rounds checks the queries N times, --cpu-warm profiles
// the warm checks by function.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { analyzeText } from '../../src/core/pipeline';
import { findBrowser } from '../../tests/support/extensionBrowser';
import { cpuProfile } from '../cpuProfile';
import { loadDevCorpus } from '../devsetDocs';
import { median } from '../stats';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const SIZE = Number(arg('size', '10000'));
const EXTENSION = path.resolve(arg('extension', '.output/chrome-mv3'));
const PROFILE = arg('profile', '/tmp/backstory-stages-profile');
const COLD = Number(arg('cold', '8'));
const SLOWEST = Number(arg('slowest', '4'));
const ROUNDS = Number(arg('rounds', '1'));

async function main() {
  const code = (await build({ entryPoints: [path.join(here, 'stagesPage.ts')], bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'silent' })).outputFiles[0]!.text;
  const { corpus } = loadDevCorpus();
  if (!corpus) throw new Error('no devset texts');
  const sources = corpus.docs.map((doc) => analyzeText(doc.raw, { url: `https://devset.invalid/${doc.id}`, publishedAt: doc.publishedAt }));
  // `--long`: the articles of 120 words or more, as the navigations of bench/chromium.ts open.
  const pool = process.argv.includes('--long') ? sources.filter((a) => a.article.text.split(/\s+/).length >= 120) : sources;
  const queries = pool.filter((_, i) => i % Math.ceil(pool.length / 40) === 0).map((a) => ({ ...a, article: { ...a.article, url: `${a.article.url}?query` } }));
  const fresh = !existsSync(PROFILE);
  mkdirSync(PROFILE, { recursive: true });
  const context = await chromium.launchPersistentContext(PROFILE, {
    executablePath: findBrowser()!, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const open = async (): Promise<Page> => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${arg('page', 'options.html')}`);
      await page.evaluate(code);
      return page;
    };
    type Fn = (...a: unknown[]) => unknown;
    const call = (page: Page, name: string, ...args: unknown[]) => page.evaluate(([n, a]) => (globalThis as unknown as { __stages: Record<string, Fn> }).__stages[n as string]!(...(a as unknown[])), [name, args] as const);
    let page = await open();
    if (fresh) for (let from = 0; from < SIZE; from += 1000) console.log('filled', await call(page, 'fill', sources, from, Math.min(SIZE, from + 1000)));
    const table = (label: string, rows: Array<Record<string, number>>) => {
      const names = Object.keys(rows[0]!);
      const counts = new Set(['keys', 'candidates', 'pool', 'statements', 'query']);
      const timed = names.filter((n) => !counts.has(n));
      const total = (r: Record<string, number>) => timed.reduce((s, n) => s + r[n]!, 0);
      // The slowest checks, stage by stage: what a p95 is made of.
      for (const r of [...rows].sort((a, b) => total(b) - total(a)).slice(0, SLOWEST)) {
        console.log(`  ${label} slow: total ${total(r).toFixed(0)}; ${names.map((n) => `${n} ${r[n]!.toFixed(counts.has(n) ? 0 : 1)}`).join(', ')}`);
      }
      console.log(`${label}: ${names.map((n) => `${n} ${median(rows.map((r) => r[n]!)).toFixed(1)}`).join(', ')}; total ${median(rows.map((r) => timed.reduce((s, n) => s + r[n]!, 0))).toFixed(0)}`);
    };
    const cold: Array<Record<string, number>> = [];
    for (let i = 0; i < COLD; i++) {
      await page.close();
      page = await open();
      if (process.argv.includes('--cpu') && i === COLD - 1) {
        const { result, lines } = await cpuProfile(page, () => call(page, 'check', queries[i]) as Promise<Record<string, number>>, 30);
        cold.push(result);
        console.log(lines.join('\n'));
      } else cold.push((await call(page, 'check', queries[i])) as Record<string, number>);
    }
    table('cold', cold);
    await call(page, 'check', queries[0]);
    const warm: Array<Record<string, number>> = [];
    const rounds = async () => {
      for (let round = 0; round < ROUNDS; round++) {
        for (const [i, q] of queries.entries()) warm.push({ ...((await call(page, 'check', q)) as Record<string, number>), query: i });
      }
    };
    // `--cpu-warm`: where the warm checks' main-thread time goes, by function.
    if (process.argv.includes('--cpu-warm')) console.log((await cpuProfile(page, rounds, 40)).lines.join('\n'));
    else await rounds();
    table('warm', warm);
  } finally {
    await context.close();
  }
}
main().catch((e: unknown) => { console.error(e); process.exit(1); });
