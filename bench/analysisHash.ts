// One hash of everything the analyser reads from the development set and the seeds: a change
// meant to be output-identical (a speed-up, a refactor) must leave it as it was.
//   npx tsx bench/analysisHash.ts [--verbose]
import { createHash } from 'node:crypto';
import { analyzeText } from '../src/core/pipeline';
import { seedIndex, seedRaw } from '../tests/support/seeds';
import { loadDevCorpus } from './devsetDocs';

const { corpus, note } = loadDevCorpus();
if (!corpus) throw new Error(note);
const inputs = [
  ...corpus.docs.map((d) => ({ id: d.id, raw: d.raw, publishedAt: d.publishedAt })),
  ...seedIndex().map((seed) => ({ id: seed.file, raw: seedRaw(seed.file), publishedAt: seed.publishedAt })),
];

const all = createHash('sha256');
for (const input of inputs) {
  const json = JSON.stringify(analyzeText(input.raw, { url: `https://devset.invalid/${input.id}`, publishedAt: input.publishedAt }));
  all.update(json);
  if (process.argv.includes('--verbose')) console.log(input.id, createHash('sha256').update(json).digest('hex').slice(0, 12));
}
console.log(`${inputs.length} analyses: ${all.digest('hex').slice(0, 16)}`);
