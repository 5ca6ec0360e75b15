// Bundled by bench/chromium/profileStages.ts into an extension page: one check split into its
// stages (database open, key counts, candidate ids, features, ranking, statements, contradictions),
// each timed, so a cold check's time can be told apart from a warm one's.
import { findContradictions, indexKeys, rankRelatedEach } from '../../src/core/match';
import { findCandidateIds, loadCandidates, withRows } from '../../src/archive/candidates';
import { ArchiveDB } from '../../src/archive/db';
import { loadCorpusStats } from '../../src/archive/keyStats';
import { ingestArticles } from '../../src/archive/ingest';
import type { AnalyzedArticle } from '../../src/core/types';
import { replicaAt } from '../replicate';

let db: ArchiveDB | null = null;
const archive = (): ArchiveDB => (db ??= new ArchiveDB());

const stages = {
  async fill(sources: AnalyzedArticle[], from: number, to: number): Promise<number> {
    for (let batch = from; batch < to; batch += 100) {
      const items = [];
      for (let i = batch; i < Math.min(to, batch + 100); i++) items.push({ analyzed: replicaAt(sources, i), origin: 'imported' as const, savedAt: '2026-01-01T00:00:00.000Z' });
      await ingestArticles(archive(), items);
    }
    return archive().articles.count();
  },
  async check(query: AnalyzedArticle): Promise<Record<string, number>> {
    const t: Record<string, number> = {};
    let at = performance.now();
    const lap = (name: string) => { const now = performance.now(); t[name] = now - at; at = now; };
    const store = archive();
    await store.open();
    lap('open');
    await loadCorpusStats(store, indexKeys(query));
    lap('stats1');
    const ids = await findCandidateIds(store, query);
    lap('ids');
    const candidates = await loadCandidates(store, ids);
    lap('features');
    const keys = [...indexKeys(query), ...candidates.flatMap((c) => c.keys)];
    const stats = await loadCorpusStats(store, keys);
    lap('stats2');
    const side = { article: query.article, analysis: query };
    const [related = [], wider = []] = rankRelatedEach(side, candidates, stats, [{ limit: 10 }, { limit: 10, timeShare: 0.5, belowBest: 0.3 }]);
    lap('rank');
    const wanted = new Set([...related, ...wider].map((r) => r.url));
    const pool = await withRows(store, candidates.filter((c) => wanted.has(c.article.url)));
    lap('rows');
    findContradictions(side, pool);
    lap('contradictions');
    t.keys = new Set(keys).size;
    t.candidates = candidates.length;
    t.pool = pool.length;
    t.statements = pool.reduce((n, c) => n + c.analysis.statements.length, 0);
    return t;
  },
};
(globalThis as unknown as { __stages: typeof stages }).__stages = stages;
