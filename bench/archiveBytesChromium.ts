// Bytes per article of the archive in real Chromium (issue 9: at most 2x the text), steadier than
// bench/chromium.ts's single reading: navigator.storage.estimate() counts LevelDB's files as they
// stand, and right after a fill that includes its write-ahead log and tables not yet compacted,
// which moved one configuration's figure from 6,901 to 9,404 between two runs. Here the archive
// code of this source tree fills N replicated devset articles (bench/chromium/inPage.ts) in an
// extension page, then the estimate is read every 5 s for 30 s, and the IndexedDB folder's size on
// disk once the browser has closed. `npx tsx bench/archiveBytesChromium.ts [N] --extension=DIR`.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { analyzeText } from '../src/core/pipeline';
import { EXTENSION_DIR, findBrowser, launchWithExtension } from '../tests/support/extensionBrowser';
import { loadDevCorpus } from './devsetDocs';

const here = path.dirname(fileURLToPath(import.meta.url));
const size = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 10_000);
const extensionArg = process.argv.find((arg) => arg.startsWith('--extension='));
const extension = extensionArg ? path.resolve(extensionArg.slice('--extension='.length)) : EXTENSION_DIR;
const FILL_BATCH = 1_000;

type Call = (page: Page, name: string, ...args: unknown[]) => Promise<unknown>;
const call: Call = (page, name, ...args) =>
  page.evaluate(([n, a]) => (globalThis as unknown as { __bench: Record<string, (...x: unknown[]) => unknown> }).__bench[n]!(...a), [name, args] as const);

const { corpus, note } = loadDevCorpus();
if (!corpus) throw new Error(note);
const executablePath = findBrowser();
if (!executablePath) throw new Error('no Chromium');
const sources = corpus.docs.map((doc) => analyzeText(doc.raw, { url: `https://devset.invalid/${doc.id}`, publishedAt: doc.publishedAt }));
// The texts' own size as UTF-8, replicated as the fill replicates them (every source in turn).
const textBytes = Array.from({ length: size }, (_, i) => Buffer.byteLength(sources[i % sources.length]!.article.text)).reduce((a, b) => a + b, 0) / size;
const code = (await build({ entryPoints: [path.join(here, 'chromium/inPage.ts')], bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'silent' })).outputFiles[0]!.text;

const browser = await launchWithExtension({ headless: true, executablePath, extensionDir: extension });
const readings: number[] = [];
let onDisk = 0;
try {
  const page = await browser.openExtensionPage('manifest.json');
  await page.evaluate(code);
  const empty = (await call(page, 'usage')) as number;
  for (let from = 0; from < size; from += FILL_BATCH) await call(page, 'fill', sources, from, Math.min(size, from + FILL_BATCH));
  for (let i = 0; i <= 6; i++) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 5_000));
    readings.push(((await call(page, 'usage')) as number) - empty);
  }
  await page.close();
  await browser.context.close();
  const folder = execFileSync('find', [browser.profileDir, '-type', 'd', '-name', '*.indexeddb.leveldb']).toString().trim().split('\n').filter(Boolean);
  onDisk = folder.reduce((sum, dir) => sum + Number(execFileSync('du', ['-sb', dir]).toString().split('\t')[0]), 0);
} finally {
  await browser.close().catch(() => undefined);
}
const per = (bytes: number) => Math.round(bytes / size).toLocaleString('en');
console.log(`${size.toLocaleString('en')} articles; text ${per(textBytes * size)} bytes an article (UTF-8); 2x text = ${per(2 * textBytes * size)}`);
console.log(`estimate, bytes an article, every 5 s after the fill: ${readings.map(per).join(', ')}`);
console.log(`IndexedDB folder on disk after closing: ${per(onDisk)} bytes an article`);
