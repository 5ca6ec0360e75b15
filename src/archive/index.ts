// The archive's public surface: the extension's background and the command line import from here.
export { ArchiveDB, DEFAULT_ARCHIVE_NAME, type IndexedDbDependencies } from './db';
export type { ArticleRecord, EventRecord, KeyStatRecord, Origin, StatementRecord } from './records';
export { canonicalUrl } from './canonicalUrl';
export { contentHash } from './contentHash';
export { findDuplicate, ingestArticle, ingestArticles, type DuplicateOf, type IngestResult, type IngestOptions } from './ingest';
export { checkArticle, findRelated } from './related';
export {
  countArticles,
  deleteArticle,
  getArticleByUrl,
  listArticles,
  searchArticles,
  type ArticleSummary,
  type ListOptions,
} from './articles';
export {
  BundleError,
  exportBundle,
  importBundle,
  parseBundle,
  type ArchiveBundle,
  type BundleArticle,
  type ImportSummary,
} from './bundle';
export { describeStorageError, isQuotaError } from './storageErrors';
export { reanalyzeStale } from './reanalyzeStale';
