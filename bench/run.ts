// `npm run bench`: every benchmark in turn, each printing its table and writing
// bench/results/<name>.json. Figures are medians, with ratios against a baseline measured in
// the same run; nothing here is asserted by the test suite.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const BENCHMARKS = ['extract', 'detector', 'analyze', 'match', 'scale', 'datasets', 'chromium', 'chromiumDatasets'];
const tsx = path.resolve(here, '../node_modules/.bin/tsx');

let failed = 0;
for (const name of BENCHMARKS) {
  const file = path.join(here, `${name}.ts`);
  if (!existsSync(file)) continue;
  console.log(`\n=== bench:${name} ===`);
  const run = spawnSync(tsx, [file, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
