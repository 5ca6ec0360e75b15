// `npx tsx bench/datasetsParse.ts [--rows=N]`: reading alone (no storing), per format, to tell
// the parse and gazetteer-join cost from IndexedDB's in the Chromium bench. Generated rows
// (bench/datasetRows.ts). Prints ms per 100,000 rows and index keys per kept row.
import os from 'node:os';
import { zipSync } from 'fflate';
import { readDataset } from '../src/datasets/readDataset';
import { ACLED_HEADER, UCDP_HEADER, acledLine, gdeltRowLine, generated, ucdpLine } from './datasetRows';

const ROWS = Number(process.argv.find((a) => a.startsWith('--rows='))?.slice(7) ?? 100_000);

async function bytesOf(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(c);
  return Buffer.concat(parts);
}

const FORMATS: Record<string, () => Promise<Uint8Array>> = {
  acled: () => bytesOf(generated(ROWS, ACLED_HEADER.join(','), acledLine)),
  ucdp: () => bytesOf(generated(ROWS, UCDP_HEADER.join(','), ucdpLine)),
  'gdelt (zipped)': async () => zipSync({ 'generated.export.CSV': await bytesOf(generated(ROWS, null, gdeltRowLine)) }),
};

async function* chunked(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += 65_536) yield bytes.subarray(i, i + 65_536);
}

console.log(`load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
for (const [name, make] of Object.entries(FORMATS)) {
  const bytes = await make();
  const start = performance.now();
  let kept = 0;
  let keys = 0;
  for await (const batch of readDataset(chunked(bytes))) {
    kept += batch.records.length;
    for (const r of batch.records) keys += r.placeDays.length;
  }
  const ms = performance.now() - start;
  console.log(`${name}: ${Math.round((ms * 100_000) / ROWS)} ms per 100,000 rows read; ${kept} kept, ${(keys / kept).toFixed(1)} placeDays keys per row`);
}
