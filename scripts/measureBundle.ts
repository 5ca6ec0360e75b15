// Export and import of a large archive, measured in Node over fake-indexeddb (issue 12, item 1):
// `npx tsx scripts/measureBundle.ts [ARTICLES]` (default 20,000). Builds a bundle file of that
// many articles (copies of the seed articles at other addresses, texts varied so none is a
// duplicate), imports it with importBundleStream from a file stream, exports it again with
// exportBundlePieces to a file, and prints time and peak memory of each step as JSON.
import { createReadStream, createWriteStream, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { countRows } from '../src/archive/articleStatements';
import { exportBundle } from '../src/archive/bundle';
import { exportBundlePieces } from '../src/archive/bundleExport';
import { importBundleStream } from '../src/archive/bundleImport';
import { ingestArticle } from '../src/archive/ingest';
import { analyzedSeed, freshArchive } from '../src/archive/testing';

const count = Number(process.argv[2] ?? 20_000);
const dir = mkdtempSync(path.join(tmpdir(), 'backstory-measure-'));

const mb = (n: number) => Math.round(n / 1048576);

/**
 * Time of `work`, and the most memory it held live: after each batch (the `batch` callback it
 * is given) garbage is collected and the heap read, less the heap before, so the figure is what
 * the import or export keeps, not the garbage V8 has yet to collect. Needs --expose-gc. The
 * fake IndexedDB lives in the same heap, so an import's figure includes the rows it stored
 * (reported apart as the heap after).
 */
async function measure<T>(work: (batch: () => void) => Promise<T>) {
  globalThis.gc?.();
  const base = process.memoryUsage().heapUsed;
  let live = 0;
  const batchTimes: number[] = [];
  let last = performance.now();
  const batch = () => {
    const now = performance.now();
    batchTimes.push(now - last);
    // A full collection per batch costs about a second on a 1 GB heap: MEASURE_TIME=1 skips it
    // to time the work alone (the live-memory figure is then not taken).
    if (!process.env.MEASURE_TIME) {
      globalThis.gc?.();
      live = Math.max(live, process.memoryUsage().heapUsed - base);
    }
    last = performance.now();
  };
  const start = performance.now();
  const result = await work(batch);
  const seconds = (performance.now() - start) / 1000;
  globalThis.gc?.();
  const tenth = Math.max(1, Math.floor(batchTimes.length / 10));
  const average = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
  return {
    result,
    seconds: Math.round(seconds * 10) / 10,
    peakLiveHeapMB: mb(live),
    heapGrowthMB: mb(process.memoryUsage().heapUsed - base),
    peakRssMB: mb(process.resourceUsage().maxRSS * 1024),
    msPerBatchFirstTenth: average(batchTimes.slice(1, tenth + 1)),
    msPerBatchLastTenth: average(batchTimes.slice(-tenth)),
  };
}

async function writeAll(file: string, pieces: AsyncIterable<string>) {
  const out = createWriteStream(file);
  for await (const piece of pieces) if (!out.write(piece)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

const seeds = freshArchive('seeds');
for (const n of [0, 1, 2, 3, 4]) await ingestArticle(seeds, analyzedSeed(n), { origin: 'saved' });
const models = (await exportBundle(seeds)).articles;
const bundleFile = path.join(dir, 'big.json');
await writeAll(bundleFile, (async function* () {
  yield '{"format":"backstory-archive","version":1,"exportedAt":"2026-11-28T00:00:00.000Z","articles":[\n';
  for (let i = 0; i < count; i += 1) {
    const model = models[i % models.length]!;
    const article = { ...model, url: `https://example.org/${i}/${model.url.split('/').pop()}`, text: `${model.text}\n\n(${i})` };
    yield `${i ? ',\n' : ''}${JSON.stringify(article)}`;
  }
  yield '\n]}\n';
})());
const bundleMB = Math.round(statSync(bundleFile).size / 1048576);

const db = freshArchive('measured');
const imported = await measure((batch) => importBundleStream(db, () => createReadStream(bundleFile, { encoding: 'utf8', highWaterMark: 1 << 16 }), { onProgress: batch }));
const exportFile = path.join(dir, 'export.json');
const exported = await measure((batch) => writeAll(exportFile, exportBundlePieces(db, { onProgress: batch })));
console.log(JSON.stringify({
  articles: count,
  bundleMB,
  statements: (await countRows(db)).statements,
  import: { ...imported, result: imported.result },
  export: { ...exported, result: undefined, fileMB: Math.round(statSync(exportFile).size / 1048576) },
}, null, 1));
