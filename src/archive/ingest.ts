import type { AnalyzedArticle } from '../core/types';
import { articleRows } from './articleRows';
import { contentHash } from './contentHash';
import type { ArchiveDB } from './db';
import { updateArticleCount, updateKeyStats } from './keyStats';
import type { ArticleRecord, Origin } from './records';

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
    const id = await db.articles.add(rows.article);
    await db.statements.bulkAdd(rows.statements.map((row) => ({ ...row, articleId: id })));
    await db.events.bulkAdd(rows.events.map((row) => ({ ...row, articleId: id })));
    await updateKeyStats(db, rows.article.keys, 1);
    await updateArticleCount(db, 1);
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
