// Bundled by bench/chromiumDatasetsStore.ts and evaluated in an extension page: ingestArticles'
// steps one after another inside its transaction, each timed, so what a batch write costs in
// Chromium's IndexedDB is seen step by step (the real ingestArticles overlaps some of them).
import { articleRows } from '../src/archive/articleRows';
import { ArchiveDB } from '../src/archive/db';
import { findDuplicate, ingestArticles } from '../src/archive/ingest';
import { articleBatchRows } from '../src/archive/ingestBatch';
import { knownArticleKeys, updateKeyCounts } from '../src/archive/keyCountsWrite';
import type { ArticleRecord } from '../src/archive/records';
import type { AnalyzedArticle } from '../src/core/types';
import { replicaAt } from './replicate';


const storeBench = {
  /** ingestArticles itself over `count` replicas, `batch` to a transaction; ms. */
  async whole(sources: AnalyzedArticle[], count: number, batch: number, name: string): Promise<number> {
    const db = new ArchiveDB(name);
    const start = performance.now();
    for (let from = 0; from < count; from += batch) {
      const items = [];
      for (let i = from; i < Math.min(count, from + batch); i++) items.push({ analyzed: replicaAt(sources, i), origin: 'imported' as const, savedAt: '2026-01-01T00:00:00.000Z' });
      await ingestArticles(db, items);
    }
    const ms = performance.now() - start;
    db.close();
    return ms;
  },
  /** The same writes step by step; ms per step over all batches. */
  async steps(sources: AnalyzedArticle[], count: number, batch: number, name: string): Promise<Record<string, number>> {
    const db = new ArchiveDB(name);
    const t: Record<string, number> = { rows: 0, duplicates: 0, articles: 0, statements: 0, events: 0, keyStats: 0, commit: 0, keys: 0, statementRows: 0, eventRows: 0 };
    for (let from = 0; from < count; from += batch) {
      const items = [];
      for (let i = from; i < Math.min(count, from + batch); i++) items.push(replicaAt(sources, i));
      let at = performance.now();
      const lap = (step: string) => { const now = performance.now(); t[step]! += now - at; at = now; };
      const rows = items.map((analyzed) => articleRows(analyzed, 'imported', '2026-01-01T00:00:00.000Z'));
      lap('rows');
      await db.transaction('rw', db.articleTables, async () => {
        at = performance.now();
        const known = await knownArticleKeys(db);
        const stored = await Promise.all(rows.map(({ article: { canonicalUrl, contentHash } }) =>
          known && !known.urls.has(canonicalUrl) && !known.hashes.has(contentHash) ? null : findDuplicate(db, canonicalUrl, contentHash)));
        lap('duplicates');
        const plan = articleBatchRows(rows, stored);
        await db.articles.bulkAdd(plan.added.map((i) => rows[i]!.article as ArticleRecord), { allKeys: true });
        lap('articles');
        // Statements and events are written in the article rows (archive version 6): counted only.
        for (const i of plan.added) (t.statementRows! += rows[i]!.statements.length), (t.eventRows! += rows[i]!.events.length);
        const deltas = new Map<string, number>();
        for (const i of plan.added) for (const key of new Set(rows[i]!.article.keys)) deltas.set(key, (deltas.get(key) ?? 0) + 1);
        t.keys! += deltas.size;
        await updateKeyCounts(db, deltas, plan.added.length, plan.added.map((i) => rows[i]!.article));
        lap('keyStats');
      });
      lap('commit');
    }
    db.close();
    return t;
  },
};

(globalThis as unknown as { __storeBench: typeof storeBench }).__storeBench = storeBench;
