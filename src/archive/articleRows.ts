import { ANALYZER_VERSION } from '../core/analyze';
import { indexKeys, matchDigest } from '../core/match';
import type { AnalyzedArticle, ExtractedArticle } from '../core/types';
import { canonicalUrl } from './canonicalUrl';
import { contentHash } from './contentHash';
import type { ArticleRecord, EventRecord, Origin, StatementRecord } from './records';
import { storedRows } from './articleStatements';
import { searchWordsOf } from './searchWords';
import { storedPlaceOf } from './statementPlaces';

type NewRow<T extends { id: number }> = Omit<T, 'id'>;

/**
 * The row one analysed article becomes, its statements and events inside it (version 6); they are
 * given apart too, as rows without ids, for whoever measures or inspects them.
 */
export interface ArticleRows {
  article: NewRow<ArticleRecord>;
  statements: Omit<NewRow<StatementRecord>, 'articleId'>[];
  events: Omit<NewRow<EventRecord>, 'articleId'>[];
}

export function articleRows(
  analyzed: AnalyzedArticle,
  origin: Origin,
  savedAt: string,
  /** A text's contentHash() the caller has, used when it is the article's text. */
  hashed?: { text: string; hash: string },
): ArticleRows {
  const { article: extracted, detection, entities, terms } = analyzed;
  const statements = analyzed.statements.map(({ id, ...rest }) => ({ ...rest, localId: id, namedPlace: storedPlaceOf(rest.text, extracted.publishedAt ?? null) }));
  const events = analyzed.events.map(({ id, ...rest }) => ({ ...rest, localId: id }));
  const article: NewRow<ArticleRecord> = {
    ...pickExtracted(extracted),
    canonicalUrl: canonicalUrl(extracted.url),
    contentHash: hashed?.text === extracted.text ? hashed.hash : contentHash(extracted.text),
    savedAt,
    origin,
    detection,
    analysis: { entities, terms, digest: matchDigest(analyzed) },
    analyzerVersion: ANALYZER_VERSION,
    keys: [...new Set(indexKeys(analyzed))],
    searchWords: searchWordsOf(extracted),
    ...storedRows(extracted.text, statements, events),
  };
  return { article, statements, events };
}

/** The stored rows read back as the analysed article they came from. */
export function analyzedFromRows(
  record: ArticleRecord,
  statements: StatementRecord[],
  events: EventRecord[],
): AnalyzedArticle {
  return {
    article: pickExtracted(record),
    detection: record.detection,
    entities: record.analysis.entities,
    terms: record.analysis.terms,
    statements: byId(statements).map(({ id: _row, articleId: _a, localId, namedPlace: _p, ...rest }) => ({
      id: localId,
      ...rest,
    })),
    events: byId(events).map(({ id: _row, articleId: _a, localId, ...rest }) => ({
      id: localId,
      ...rest,
    })),
  };
}

/** Only the ExtractedArticle fields, so nothing else leaks into stored or printed objects. */
export function pickExtracted(source: ExtractedArticle): ExtractedArticle {
  return {
    url: source.url,
    title: source.title,
    byline: source.byline ?? null,
    siteName: source.siteName ?? null,
    publishedAt: source.publishedAt ?? null,
    lang: source.lang ?? null,
    text: source.text,
    // Kept so the panel can say the page was too long to read whole.
    ...(source.truncated ? { truncated: true as const } : {}),
  };
}

// Rows come back in insertion order by primary key, which is the article's own order.
function byId<T extends { id: number }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.id - b.id);
}

/** Statement or event rows grouped by the article they belong to (version 5's rows, for its upgrade). */
export function groupByArticleId<T extends { articleId: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.articleId);
    if (group) group.push(row);
    else groups.set(row.articleId, [row]);
  }
  return groups;
}
