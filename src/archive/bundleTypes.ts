import type { ArticleEvent, Detection, Entity, ExtractedArticle, Statement } from '../core/types';
import type { Origin } from './records';

export const BUNDLE_FORMAT = 'backstory-archive';
export const BUNDLE_VERSION = 1;

/** One article in a bundle: everything needed to restore it without the original page. */
export interface BundleArticle extends ExtractedArticle {
  canonicalUrl: string;
  contentHash: string;
  savedAt: string;
  origin: Origin;
  detection: Detection;
  analysis: { entities: Entity[]; terms: string[] };
  analyzerVersion: string | number;
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
}
