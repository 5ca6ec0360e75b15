// One hash of everything the analyser reads from the development set and the seeds: a change
// meant to be output-identical (a speed-up, a refactor) must leave it as it was.
//   npx tsx bench/analysisHash.ts [--verbose]
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeText } from '../src/core/pipeline';
import { loadDevCorpus } from './devsetDocs';

const SEEDS = process.env.BACKSTORY_SEEDS ?? path.resolve('../shared/seeds');
const { corpus, note } = loadDevCorpus();
if (!corpus) throw new Error(note);
const inputs: Array<{ id: string; raw: string; publishedAt: string | null }> = corpus.docs.map((d) => ({ id: d.id, raw: d.raw, publishedAt: d.publishedAt }));
const seeds = JSON.parse(readFileSync(path.join(SEEDS, 'index.json'), 'utf8')) as Array<{ file: string; date?: string; publishedAt?: string }>;
for (const seed of seeds) inputs.push({ id: seed.file, raw: readFileSync(path.join(SEEDS, seed.file), 'utf8'), publishedAt: seed.date ?? seed.publishedAt ?? null });

const all = createHash('sha256');
for (const input of inputs) {
  const result = analyzeText(input.raw, { url: `https://devset.invalid/${input.id}`, publishedAt: input.publishedAt });
  const json = JSON.stringify(result);
  all.update(json);
  if (process.argv.includes('--verbose')) console.log(input.id, createHash('sha256').update(json).digest('hex').slice(0, 12));
}
console.log(`${inputs.length} analyses: ${all.digest('hex').slice(0, 16)}`);
