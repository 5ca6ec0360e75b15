// Checks with every key's count held in memory against checks that read the counts they need,
// paired: the same queries in the same page at the same moment, through two handles on one
// archive (each its own check cache), taking turns to go first. The archive is replicated from
// the development set (bench/replicate.ts) as bench/chromium.ts fills it; the queries are the
// navigation bench's pages (120 words or more), each checked once per handle.
// `npx tsx bench/chromium/pairedChecks.ts --extension=DIR [--size=10000] [--queries=60]`
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { analyzeText } from '../../src/core/pipeline';
import { findBrowser, launchWithExtension } from '../../tests/support/extensionBrowser';
import { loadDevCorpus } from '../devsetDocs';
import { median, percentile } from '../stats';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const EXTENSION = path.resolve(arg('extension', '.output/chrome-mv3'));
const SIZE = Number(arg('size', '10000'));
const QUERIES = Number(arg('queries', '60'));

const bundle = async (file: string) => (await build({ entryPoints: [path.join(here, file)], bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'silent' })).outputFiles[0]!.text;

async function main() {
  const { corpus } = loadDevCorpus();
  if (!corpus) throw new Error('no devset texts');
  const sources = corpus.docs.map((doc) => analyzeText(doc.raw, { url: `https://devset.invalid/${doc.id}`, publishedAt: doc.publishedAt }));
  const long = corpus.docs.filter((doc) => doc.raw.split(/\s+/).length >= 120);
  const queries = long.filter((_, i) => i % Math.max(1, Math.floor(long.length / QUERIES)) === 0).slice(0, QUERIES + 1)
    .map((doc) => analyzeText(doc.raw, { url: `http://127.0.0.1/${doc.id}`, publishedAt: doc.publishedAt }));
  const browser = await launchWithExtension({ headless: true, executablePath: findBrowser()!, extensionDir: EXTENSION });
  try {
    const filler = await browser.openExtensionPage('manifest.json');
    await filler.evaluate(await bundle('inPage.ts'));
    for (let from = 0; from < SIZE; from += 1000) {
      await filler.evaluate(([s, f, t]) => (globalThis as unknown as { __bench: { fill(...a: unknown[]): Promise<number> } }).__bench.fill(s, f, t), [sources, from, Math.min(SIZE, from + 1000)] as const);
    }
    await filler.close();
    const page = await browser.openExtensionPage('manifest.json');
    await page.evaluate(await bundle('pairedPage.ts'));
    const result = (await page.evaluate((q) => (globalThis as unknown as { __paired: { paired(q: unknown): Promise<unknown> } }).__paired.paired(q), queries)) as { held: boolean; load: number; reading: number[]; holding: number[] };
    const line = (name: string, ms: number[]) => `${name}: median ${median(ms).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms, mean ${(ms.reduce((a, b) => a + b, 0) / ms.length).toFixed(1)} ms`;
    console.log(`${SIZE} articles, ${result.reading.length} queries; every key's count ${result.held ? 'held' : 'NOT held'}, read in ${result.load.toFixed(0)} ms`);
    console.log(line('counts read by each check', result.reading));
    console.log(line('every count held        ', result.holding));
    const saved = result.reading.map((ms, i) => ms - result.holding[i]!);
    console.log(line('saved per query (paired)', saved));
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
