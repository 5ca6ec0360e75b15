import type { ArticleEvent, Statement } from '../core/types';
import type { ArticleRecord, DatasetEventRecord } from './records';

export const BUNDLE_FORMAT = 'backstory-archive';
export const BUNDLE_VERSION = 1;

/** One article in a bundle: everything needed to restore it without the original page. */
export interface BundleArticle extends Omit<ArticleRecord, 'id' | 'keys' | 'searchWords'> {
  statements: Statement[];
  events: ArticleEvent[];
}

/**
 * The export/import file, and the archive file of the command line. `version` is the bundle
 * layout; `analyzerVersion` per article says which analyzer produced its analysis.
 */
export interface ArchiveBundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  exportedAt: string;
  articles: BundleArticle[];
  /** The archive's dataset events (the file's "datasetEvents", absent when it has none), as stored. */
  datasetEvents?: DatasetEventRecord[];
}
