// Where storing spends its time, apart from analysis: 1,000 replicated devset articles stored in
// fake-indexeddb's memory, then 2,000 more under V8's profiler, in batches of 100 as an import
// stores them. `npx tsx bench/ingestProfile.ts [OUT.cpuprofile]` (open it in Chrome's DevTools).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ArchiveDB } from '../src/archive/db';
import { ingestArticles } from '../src/archive';
import { analyzeText } from '../src/core/pipeline';
import { loadDevCorpus } from './devsetDocs';
import { replicaAt } from './replicate';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
const { corpus } = loadDevCorpus();
const analysed = corpus!.docs.map((doc) => analyzeText(doc.raw, { url: `https://devset.invalid/${doc.id}`, publishedAt: doc.publishedAt }));
const db = new ArchiveDB('p', { indexedDB: new IDBFactory(), IDBKeyRange });
const fill = async (from: number, to: number) => { for (let f = from; f < to; f += 100) { const items = []; for (let i = f; i < f + 100; i++) items.push({ analyzed: replicaAt(analysed, i), origin: 'imported' as const }); await ingestArticles(db, items); } };
await fill(0, 1000);
const s = new Session(); s.connect(); await s.post('Profiler.enable'); await s.post('Profiler.start');
const t = performance.now(); await fill(1000, 3000); console.log('2000 in', (performance.now() - t).toFixed(0), 'ms');
const { profile } = await s.post('Profiler.stop'); const out = process.argv[2] ?? 'ingest.cpuprofile';
writeFileSync(out, JSON.stringify(profile));
console.log(`profile written to ${out}`);
