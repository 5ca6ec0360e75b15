import { findContradictions, indexKeys, rankRelatedEach } from '../core/match';
import { claimsOf, type Claim } from '../core/match/claims';
import type { AnalyzedArticle, CheckResult, RelatedReport } from '../core/types';
import { canonicalUrl } from './canonicalUrl';
import { candidatesIn, withRows, type StoredCandidate, type Surroundings } from './candidates';
import type { ArchiveDB } from './db';
import { loadCorpusStats } from './keyStats';

export const DEFAULT_RELATED_LIMIT = 10;

/**
 * Contradictions are sought among more reports than are shown, and with time counting less:
 * a denial months before a report still answers it, though the report is no longer news beside it.
 */
const CONTRADICTION_POOL = 10;
const CONTRADICTION_TIME_SHARE = 0.5;
const CONTRADICTION_BELOW_BEST = 0.3;

interface Ranked { related: RelatedReport[]; pool: StoredCandidate[] }

/** The archive's candidates for the query, loaded once: the related reports shown, and the pool contradictions are sought in. */
async function rankArchive(db: ArchiveDB, query: AnalyzedArticle, limit: number, ahead?: Promise<Surroundings>): Promise<Ranked> {
  // Waited for outside the transaction (a promise of another transaction's would end this one).
  const early = await ahead?.catch(() => undefined);
  // Candidates, their features and the key counts in one read transaction; with every key's
  // count in memory (loadAllKeyCounts) and the features kept, the counts and features need no read.
  const { candidates, stats } = await db.transaction('r', [db.keyStats, db.features, db.articles], async () => {
    const { candidates: found, generation } = await candidatesIn(db, query, early);
    if (found.length === 0) return { candidates: found, stats: undefined };
    const keys = [...indexKeys(query), ...found.flatMap((candidate) => candidate.keys)];
    return { candidates: found, stats: await loadCorpusStats(db, keys, generation) };
  });
  if (!stats) return { related: [], pool: [] };
  const side = { article: query.article, analysis: query };
  const [related = [], wider = []] = rankRelatedEach(side, candidates, stats, [
    { limit },
    { limit: CONTRADICTION_POOL, timeShare: CONTRADICTION_TIME_SHARE, belowBest: CONTRADICTION_BELOW_BEST },
  ]);
  const wanted = new Set([...related, ...wider].map((report) => canonicalUrl(report.url)));
  // Statements are read only for the few reports contradictions are sought in.
  return { related, pool: await withRows(db, candidates.filter(({ article }) => wanted.has(canonicalUrl(article.url)))) };
}

/** Prior reports related to the query, best first, found through the key index. */
export async function findRelated(
  db: ArchiveDB,
  query: AnalyzedArticle,
  options: { limit?: number } = {},
): Promise<RelatedReport[]> {
  return (await rankArchive(db, query, options.limit ?? DEFAULT_RELATED_LIMIT)).related;
}

/**
 * An article matched against the archive without storing it: what `check` and the panel show.
 * `ahead`: its surroundings, asked for before the check (readSurroundings on the same article).
 */
export async function checkArticle(db: ArchiveDB, analyzed: AnalyzedArticle, ahead?: Promise<Surroundings>): Promise<CheckResult> {
  const ranking = rankArchive(db, analyzed, DEFAULT_RELATED_LIMIT, ahead);
  ranking.catch(() => undefined); // waited for below; a failure is told there
  // The article's own claims (each statement read against the gazetteer for its place) are read
  // in the next task, while the storage answers the ranking's reads, not after them.
  const mine = await new Promise<Claim[]>((resolve, reject) => setTimeout(() => {
    try {
      resolve(claimsOf(analyzed.article, analyzed));
    } catch (error) {
      reject(error);
    }
  }, 0));
  const { related, pool } = await ranking;
  const contradictions = findContradictions({ article: analyzed.article, analysis: analyzed }, pool, mine);
  return { article: analyzed.article, detection: analyzed.detection, related, contradictions };
}
