// `npm run bench:match`: how well Backstory finds related reports and contradictions on real
// reporting, through the code the extension runs (bench/backstoryRun.ts), against a plain BM25
// baseline in the same run. Over the development set (devset/, per split and language) and the
// seeds. Prints tables and writes bench/results/match.json. Never asserted by tests.
//   --split tune|report   only that split's figures
//   --verbose             misses and false pairs of the tune split (report-split details are
//                         never printed nor written: nobody tunes on them)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Split } from '../devset/types';
import { runDevset, type DevsetResult } from './devsetMatch';
import { loadDevCorpus } from './devsetDocs';
import { printDevset, printSeeds, printTuneDetails } from './matchTables';
import { runSeeds } from './seedMatch';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const splitArg = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;
if (splitArg !== undefined && splitArg !== 'tune' && splitArg !== 'report') {
  console.error('usage: bench/match.ts [--split tune|report] [--verbose]');
  process.exit(2);
}
const splits: Split[] = splitArg ? [splitArg] : ['tune', 'report'];
const verbose = args.includes('--verbose');

const { corpus, note } = loadDevCorpus();
console.log(`related reports and contradictions (Node ${process.version}); ${note}`);
let devset: DevsetResult | null = null;
if (corpus) {
  devset = await runDevset(corpus, splits);
  printDevset(devset);
  console.log(`${corpus.docs.length} articles: Backstory analysed, checked and ingested them in ${(devset.backstoryMs / 1000).toFixed(1)} s, the baseline indexed and searched them in ${(devset.baselineMs / 1000).toFixed(1)} s`);
  const tune = devset.details.get('tune/all');
  if (verbose && tune) printTuneDetails('tune/all', tune);
}
const seeds = await runSeeds();
printSeeds(seeds);

mkdirSync(path.join(here, 'results'), { recursive: true });
writeFileSync(path.join(here, 'results/match.json'), `${JSON.stringify({
  date: new Date().toISOString().slice(0, 10), node: process.version, devsetNote: note,
  devset: devset && { articles: corpus!.docs.length, notMaterialised: corpus!.missing, labelsLeftOut: devset.labelsLeftOut, duplicates: devset.duplicates, sharedAddresses: devset.sharedAddresses, groups: devset.groups, tuneDetails: devset.details.get('tune/all') ?? null },
  seeds,
}, null, 2)}\n`);
