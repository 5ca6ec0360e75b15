// Whether a check's result depends on the checks before it in the same worker: the archive's
// key-count cache keeps counts an earlier check loaded, and terms with a count count as seen.
// The development set's first 200 articles are stored; the rest are checked forwards, then
// backwards, on one handle, and the two results of each are compared.
//   npx tsx bench/checkOrder.ts
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ArchiveDB, checkArticle, ingestArticle } from '../src/archive';
import { analyzeText } from '../src/core/pipeline';
import type { CheckResult } from '../src/core/types';
import { byDate, loadDevCorpus } from './devsetDocs';

const STORED = 200;
const { corpus, note } = loadDevCorpus();
if (!corpus) throw new Error(note);
const docs = byDate(corpus.docs);
const analysed = (doc: (typeof docs)[number]) => analyzeText(doc.raw, { url: `https://devset.invalid/${doc.id}`, publishedAt: doc.publishedAt });
const db = new ArchiveDB('check-order', { indexedDB: new IDBFactory(), IDBKeyRange });
for (const doc of docs.slice(0, STORED)) await ingestArticle(db, analysed(doc), { origin: 'imported', savedAt: `${doc.publishedAt.slice(0, 10)}T12:00:00.000Z` });
const queries = docs.slice(STORED).map(analysed);
const lists = (r: CheckResult) => JSON.stringify([r.related.map((x) => x.url), r.contradictions.map((c) => [c.statement.text, c.other.text])]);
const scores = (r: CheckResult) => JSON.stringify(r.related.map((x) => Math.round(x.score * 1e6)));
const forward: CheckResult[] = [];
for (const query of queries) forward.push(await checkArticle(db, query));
const backward: CheckResult[] = new Array(queries.length);
for (let i = queries.length - 1; i >= 0; i--) backward[i] = await checkArticle(db, queries[i]!);
const listDiffers = queries.filter((_, i) => lists(forward[i]!) !== lists(backward[i]!)).length;
const scoreDiffers = queries.filter((_, i) => lists(forward[i]!) === lists(backward[i]!) && scores(forward[i]!) !== scores(backward[i]!)).length;
console.log(`${queries.length} articles checked forwards, then backwards, against ${STORED} stored: ${listDiffers} with another related list or other contradictions, ${scoreDiffers} with the same lists but other scores`);
