import { findContradictions, indexKeys, rankRelated } from '../core/match';
import type { AnalyzedArticle, CheckResult, Contradiction, RelatedReport } from '../core/types';
import { canonicalUrl } from './canonicalUrl';
import { findCandidateIds, loadCandidates } from './candidates';
import type { ArchiveDB } from './db';
import { loadCorpusStats } from './keyStats';

export const DEFAULT_RELATED_LIMIT = 10;

/** Prior reports related to the query, best first, found through the key index. */
export async function findRelated(
  db: ArchiveDB,
  query: AnalyzedArticle,
  options: { limit?: number } = {},
): Promise<RelatedReport[]> {
  const candidates = await loadCandidates(db, await findCandidateIds(db, query));
  if (candidates.length === 0) return [];
  const keys = [...indexKeys(query), ...candidates.flatMap(({ record }) => record.keys)];
  const stats = await loadCorpusStats(db, keys);
  return rankRelated({ article: query.article, analysis: query }, candidates, stats, {
    limit: options.limit ?? DEFAULT_RELATED_LIMIT,
  });
}

/** Statements in the related reports that conflict with the query's own. */
export async function findContradictionsInArchive(
  db: ArchiveDB,
  query: AnalyzedArticle,
  related: RelatedReport[],
): Promise<Contradiction[]> {
  if (related.length === 0) return [];
  const urls = [...new Set(related.map((report) => canonicalUrl(report.url)))];
  const ids = await db.articles.where('canonicalUrl').anyOf(urls).primaryKeys();
  const candidates = await loadCandidates(db, [...new Set(ids)]);
  return findContradictions({ article: query.article, analysis: query }, candidates);
}

/** An article matched against the archive without storing it: what `check` and the panel show. */
export async function checkArticle(db: ArchiveDB, analyzed: AnalyzedArticle): Promise<CheckResult> {
  const related = await findRelated(db, analyzed);
  const contradictions = await findContradictionsInArchive(db, analyzed, related);
  return { article: analyzed.article, detection: analyzed.detection, related, contradictions };
}
