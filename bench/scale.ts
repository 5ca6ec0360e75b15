// `npm run bench:scale`: what a check costs as the archive grows, on the command line's store
// (Dexie over fake-indexeddb in Node). Archives of 1,000 and 10,000 articles (100,000 with
// --large) are made from the development set's 256 real texts, replicated (bench/replicate.ts),
// which makes keys commoner than in a real archive of that size: a harder case, said plainly.
// Queries are devset articles at addresses the archive does not hold.
// Baseline in the same run: MiniSearch over the same texts (index build, then one query each).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import MiniSearch from 'minisearch';
import { ArchiveDB } from '../src/archive/db';
import { checkArticle, ingestArticles, searchArticles } from '../src/archive';
import { analyzeText } from '../src/core/pipeline';
import { loadDevCorpus } from './devsetDocs';
import { replicaAt } from './replicate';
import { median, percentile } from './stats';

const SIZES = process.argv.includes('--large') ? [1_000, 10_000, 100_000] : [1_000, 10_000];
const QUERIES = 40;

async function main() {
  const { corpus, note } = loadDevCorpus();
  if (!corpus) throw new Error(note);
  const started = performance.now();
  const analysed = corpus.docs.map((doc) => analyzeText(doc.raw, { url: `https://devset.invalid/${doc.id}`, publishedAt: doc.publishedAt }));
  const analyseSeconds = (performance.now() - started) / 1000;
  console.log(`analysis: ${analysed.length} real texts in ${analyseSeconds.toFixed(1)} s, ${(analysed.length / analyseSeconds).toFixed(0)} articles/s`);
  const queries = analysed.filter((_, i) => i % Math.ceil(analysed.length / QUERIES) === 0)
    .map((a) => ({ ...a, article: { ...a.article, url: `${a.article.url}?query` } }));

  console.log('| archive | ingest (stored only) | check median | p95 | MiniSearch build | query median | check / query | archive search median |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const size of SIZES) {
    const db = new ArchiveDB(`bench-scale-${size}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    const t0 = performance.now();
    // 100 to a transaction, as an import stores them.
    for (let from = 0; from < size; from += 100) {
      const items = [];
      for (let i = from; i < Math.min(size, from + 100); i++) items.push({ analyzed: replicaAt(analysed, i), origin: 'imported' as const, savedAt: '2026-01-01T00:00:00.000Z' });
      await ingestArticles(db, items);
    }
    const ingestRate = size / ((performance.now() - t0) / 1000);
    await checkArticle(db, queries[0]!); // warm
    const checks: number[] = [];
    for (const query of queries) {
      const t = performance.now();
      await checkArticle(db, query);
      checks.push(performance.now() - t);
    }
    const b0 = performance.now();
    const index = new MiniSearch<{ id: number; title: string; text: string }>({ fields: ['title', 'text'] });
    for (let i = 0; i < size; i++) {
      const { article } = analysed[i % analysed.length]!;
      index.add({ id: i, title: article.title, text: article.text });
    }
    const build = performance.now() - b0;
    const searches: number[] = [];
    for (const query of queries) {
      const t = performance.now();
      index.search(`${query.article.title} ${query.terms.slice(0, 30).join(' ')}`);
      searches.push(performance.now() - t);
    }
    // The archive page's search box: two words of a title, as a reader types them.
    const listings: number[] = [];
    for (const query of queries) {
      const words = query.article.title.split(/\s+/).filter((w) => w.length > 3).slice(0, 2).map((w) => w.slice(0, 5)).join(' ');
      const t = performance.now();
      await searchArticles(db, { offset: 0, limit: 50, search: words });
      listings.push(performance.now() - t);
    }
    const [m, p, s] = [median(checks), percentile(checks, 95), median(searches)];
    console.log(`| ${size.toLocaleString('en')} | ${ingestRate.toFixed(0)}/s | ${m.toFixed(0)} ms | ${p.toFixed(0)} ms | ${(build / 1000).toFixed(1)} s | ${s.toFixed(1)} ms | ${(m / s).toFixed(1)}x | ${median(listings).toFixed(0)} ms |`);
    db.close();
  }
}

await main();
// Then the command line at 10,000 articles, as a user runs it (bench/cliScale.ts).
await import('./cliScale');
