import type { AnalyzedArticle } from '../core/types';
import { articleRows } from './articleRows';
import { contentHash } from './contentHash';
import type { ArchiveDB } from './db';
import { knownArticleKeys, updateKeyCounts } from './keyCountsWrite';
import type { ArticleRecord, Origin } from './records';
import { articleBatchRows, type BatchItem } from './ingestBatch';

const EMPTY_TEXT_HASH = contentHash('');

export type DuplicateReason = 'same canonical URL' | 'same text';

export interface DuplicateOf {
  id: number;
  title: string;
  url: string;
  reason: DuplicateReason;
}

export type IngestResult =
  | { status: 'added'; id: number }
  | { status: 'duplicate'; id: number; duplicateOf: DuplicateOf };

export interface IngestOptions {
  origin: Origin;
  /** ISO 8601; now when omitted. Imports pass the original save time. */
  savedAt?: string;
}

/**
 * Stores an analysed article unless the archive already holds it (same canonical URL, or the
 * same text at another address). Article, statements, events and key counts are written in
 * one transaction: a worker stopped mid-write leaves nothing half-written.
 */
export async function ingestArticle(
  db: ArchiveDB,
  analyzed: AnalyzedArticle,
  options: IngestOptions,
): Promise<IngestResult> {
  const rows = articleRows(analyzed, options.origin, options.savedAt ?? new Date().toISOString());
  return db.transaction('rw', db.articleTables, async (): Promise<IngestResult> => {
    const existing = await findDuplicate(db, rows.article.canonicalUrl, rows.article.contentHash);
    if (existing) return { status: 'duplicate', id: existing.record.id, duplicateOf: existing.duplicateOf };
    // Its statements and events go in its row (version 6).
    const id = await db.articles.add(rows.article);
    await updateKeyCounts(db, new Map(rows.article.keys.map((key) => [key, 1])), 1);
    return { status: 'added', id };
  });
}

/** The stored article that a new one with this canonical URL or content hash would repeat. */
export async function findDuplicate(
  db: ArchiveDB,
  canonical: string,
  hash: string,
): Promise<{ record: ArticleRecord; duplicateOf: DuplicateOf } | null> {
  const byUrl = await db.articles.where('canonicalUrl').equals(canonical).first();
  // Pages whose text could not be extracted all share the empty text's hash: not duplicates.
  const byHash =
    byUrl || hash === EMPTY_TEXT_HASH
      ? undefined
      : await db.articles.where('contentHash').equals(hash).first();
  const record = byUrl ?? byHash;
  if (!record) return null;
  const reason: DuplicateReason = byUrl ? 'same canonical URL' : 'same text';
  return { record, duplicateOf: { id: record.id, title: record.title, url: record.url, reason } };
}

/**
 * Stores a batch of analysed articles in one transaction, with the same outcome as ingesting each
 * in turn (an article repeating a stored one, or an earlier one of the batch, is a duplicate), but
 * with one write per table: articles (statements and events in their rows) in bulk, and each key's count read
 * and written once for the batch. An import goes at several hundred articles a second this way
 * where one article at a time managed about a hundred in Chromium.
 */
export async function ingestArticles(db: ArchiveDB, items: BatchItem[]): Promise<IngestResult[]> {
  const now = new Date().toISOString();
  const rows = items.map((item) => articleRows(item.analyzed, item.origin, item.savedAt ?? now, item.hashed));
  return db.transaction('rw', db.articleTables, async () => {
    // An article whose address and text the archive is known not to hold needs no lookup.
    const known = await knownArticleKeys(db);
    const stored = await Promise.all(rows.map(({ article: { canonicalUrl, contentHash } }) =>
      known && !known.urls.has(canonicalUrl) && !known.hashes.has(contentHash) ? null : findDuplicate(db, canonicalUrl, contentHash)));
    const plan = articleBatchRows(rows, stored);
    const ids = await db.articles.bulkAdd(plan.added.map((i) => rows[i]!.article as ArticleRecord), { allKeys: true });
    const idOf = new Map(plan.added.map((i, n) => [i, ids[n]!]));
    const deltas = new Map<string, number>();
    for (const i of plan.added) for (const key of new Set(rows[i]!.article.keys)) deltas.set(key, (deltas.get(key) ?? 0) + 1);
    if (plan.added.length > 0) await updateKeyCounts(db, deltas, plan.added.length, plan.added.map((i) => rows[i]!.article));
    return plan.outcomes(idOf);
  });
}
