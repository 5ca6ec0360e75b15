import type { MatchDigest } from '../core/match/digest';
import type {
  ArticleEvent,
  Detection,
  Entity,
  ExtractedArticle,
  Statement,
} from '../core/types';

/** How an article reached the archive: the reader's save, a file import, or a feed. */
export type Origin = 'saved' | 'imported' | 'feed';
export const ORIGINS: readonly Origin[] = ['saved', 'imported', 'feed'];

/** One row of `articles`. Statements and events live in their own tables, by articleId. */
export interface ArticleRecord extends ExtractedArticle {
  id: number;
  /** The URL normalised for duplicate lookup (see canonicalUrl.ts). */
  canonicalUrl: string;
  /** contentHash() of the text: the same report at another address is still a duplicate. */
  contentHash: string;
  /** ISO 8601 timestamp of the save. */
  savedAt: string;
  origin: Origin;
  detection: Detection;
  /** `digest`: what ranking needs of its statements and events (core/match/digest.ts); absent before. */
  analysis: { entities: Entity[]; terms: string[]; digest?: MatchDigest };
  analyzerVersion: string | number;
  /** indexKeys(analysis): the multi-entry index that finds match candidates without a scan. */
  keys: string[];
  /** searchWordsOf(title, outlet, address): the multi-entry index the archive page searches. */
  searchWords: string[];
}

/** One row of `statements`; `localId` is the statement's id inside its article ("s3"). */
export interface StatementRecord extends Omit<Statement, 'id'> {
  id: number;
  articleId: number;
  localId: string;
}

/** One row of `events`; `statementIds` refer to the localIds of the same article. */
export interface EventRecord extends Omit<ArticleEvent, 'id'> {
  id: number;
  articleId: number;
  localId: string;
}

/** Document frequency of one index key: how many archived articles carry it. */
export interface KeyStatRecord {
  key: string;
  df: number;
}
