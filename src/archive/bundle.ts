import { ANALYZER_VERSION } from '../core/analyze';
import { capAnalyzed } from '../core/capAnalyzed';
import { analyzeExtracted } from '../core/pipeline';
import type { AnalyzedArticle } from '../core/types';
import { analyzedFromRows, pickExtracted } from './articleRows';
import { eventsOf, statementsOf } from './articleStatements';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type ArchiveBundle, type BundleArticle } from './bundleTypes';
import type { ArchiveDB } from './db';
import { ingestArticles } from './ingest';
import type { ArticleRecord, Origin } from './records';

export { BundleError } from './bundleError';
export { parseBundle } from './parseBundle';
export * from './bundleTypes';

/** The whole archive as a bundle, articles in the order they were saved. */
export async function exportBundle(db: ArchiveDB): Promise<ArchiveBundle> {
  return db.transaction('r', [db.articles], async () => {
    const articles = bundleArticlesOf(await db.articles.toArray());
    return { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: new Date().toISOString(), articles };
  });
}

/** Stored articles with the statements and events their rows hold, as bundle articles. */
export function bundleArticlesOf(records: ArticleRecord[]): BundleArticle[] {
  return records.map((record): BundleArticle => {
    const analyzed = analyzedFromRows(record, statementsOf(record), eventsOf(record));
    const { canonicalUrl, contentHash, savedAt, origin, detection, analysis, analyzerVersion } = record;
    return {
      ...analyzed.article,
      canonicalUrl,
      contentHash,
      savedAt,
      origin,
      detection,
      analysis,
      analyzerVersion,
      statements: analyzed.statements,
      events: analyzed.events,
    };
  });
}

/** Articles written per step of an import's transaction. */
const BATCH = 500;

export interface ImportSummary {
  added: number;
  duplicates: number;
  reanalysed: number;
}

/**
 * Adds a parsed bundle's articles, skipping those already archived. Articles analysed by
 * another analyzer version are analysed again from their text first. All in one transaction:
 * an import that fails leaves the archive as it was.
 */
export async function importBundle(
  db: ArchiveDB,
  bundle: ArchiveBundle,
  options: { origin?: Origin } = {},
): Promise<ImportSummary> {
  // Analysis is synchronous CPU work: done before the transaction, which must not idle.
  const prepared = bundle.articles.map((entry) => ({
    entry,
    reanalysed: entry.analyzerVersion !== ANALYZER_VERSION,
    analyzed: analyzedFromBundle(entry),
  }));
  return db.transaction('rw', db.articleTables, async () => {
    const summary: ImportSummary = { added: 0, duplicates: 0, reanalysed: 0 };
    // In batches (ingestArticles: one write per table, each key's count once), same outcome as one by one.
    for (let start = 0; start < prepared.length; start += BATCH) {
      const batch = prepared.slice(start, start + BATCH);
      const results = await ingestArticles(db, batch.map(({ entry, analyzed }) => ({ analyzed, origin: options.origin ?? entry.origin, savedAt: entry.savedAt })));
      results.forEach((result, i) => {
        if (result.status === 'duplicate') summary.duplicates += 1;
        else summary.added += 1;
        if (result.status === 'added' && batch[i]!.reanalysed) summary.reanalysed += 1;
      });
    }
    return summary;
  });
}

function analyzedFromBundle(entry: BundleArticle): AnalyzedArticle {
  const article = pickExtracted(entry);
  if (entry.analyzerVersion !== ANALYZER_VERSION) return analyzeExtracted(article, entry.detection);
  const { detection, analysis, statements, events } = entry;
  // A bundle is written by anyone: its analysis is held to the caps a page is read within.
  return capAnalyzed({ article, detection, entities: analysis.entities, terms: analysis.terms, statements, events });
}
