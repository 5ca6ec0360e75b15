import type { AnalyzedArticle } from '../core/types';
import type { ArticleRows } from './articleRows';
import { contentHash } from './contentHash';
import type { ArticleRecord, Origin } from './records';
import type { DuplicateOf, IngestResult } from './ingest';

export interface BatchItem {
  analyzed: AnalyzedArticle;
  origin: Origin;
  /** ISO 8601; now when omitted. Imports pass the original save time. */
  savedAt?: string;
  /**
   * contentHash() of a text, when the caller has it: used when it is the analysed article's
   * text (the file import hashes each page before analysis to find duplicates, and hashing a
   * page's text is about a quarter of a millisecond).
   */
  hashed?: { text: string; hash: string };
}

const EMPTY_TEXT_HASH = contentHash('');

type Stored = { record: ArticleRecord; duplicateOf: DuplicateOf } | null;

/**
 * Which articles of a batch are added and which repeat another, as ingesting them one by one
 * would decide: a stored article by address, else an earlier one of the batch by address, else
 * the same by text (an article without text repeats nothing by it). `outcomes` gives each
 * article's result once the added ones have their ids.
 */
export function articleBatchRows(rows: ArticleRows[], stored: Stored[]) {
  const byUrl = new Map<string, number>();
  const byHash = new Map<string, number>();
  const decided: Array<{ stored: Stored } | { earlier: number; reason: DuplicateOf['reason'] } | null> = [];
  const added: number[] = [];
  rows.forEach(({ article }, i) => {
    const found = stored[i] ?? null;
    const earlierUrl = byUrl.get(article.canonicalUrl);
    const earlierHash = article.contentHash === EMPTY_TEXT_HASH ? undefined : byHash.get(article.contentHash);
    if (found?.duplicateOf.reason === 'same canonical URL') decided.push({ stored: found });
    else if (earlierUrl !== undefined) decided.push({ earlier: earlierUrl, reason: 'same canonical URL' });
    else if (found) decided.push({ stored: found });
    else if (earlierHash !== undefined) decided.push({ earlier: earlierHash, reason: 'same text' });
    else {
      decided.push(null);
      added.push(i);
      if (!byUrl.has(article.canonicalUrl)) byUrl.set(article.canonicalUrl, i);
      if (!byHash.has(article.contentHash)) byHash.set(article.contentHash, i);
    }
  });
  const outcomes = (idOf: Map<number, number>): IngestResult[] => decided.map((decision, i) => {
    if (decision === null) return { status: 'added', id: idOf.get(i)! };
    if ('stored' in decision) return { status: 'duplicate', id: decision.stored!.record.id, duplicateOf: decision.stored!.duplicateOf };
    const earlier = rows[decision.earlier]!.article;
    const id = idOf.get(decision.earlier)!;
    return { status: 'duplicate', id, duplicateOf: { id, title: earlier.title, url: earlier.url, reason: decision.reason } };
  });
  return { added, outcomes };
}
