import { indexKeys, type CorpusStats, type MatchCandidate } from '../core/match';
import type { AnalyzedArticle } from '../core/types';
import { analyzedFromRows, groupByArticleId } from './articleRows';
import { canonicalUrl } from './canonicalUrl';
import { contentHash } from './contentHash';
import type { ArchiveDB } from './db';
import { loadCorpusStats } from './keyStats';
import { mergeCandidates, publishedNear } from './nearbyCandidates';
import type { ArticleRecord } from './records';

/** How many stored articles the matcher scores at most for one query. */
export const MAX_CANDIDATES = 200;
/** How many articles one key lists at most: the cost of a check is bounded however large the archive. */
export const MAX_IDS_PER_KEY = 1000;

export interface StoredCandidate extends MatchCandidate {
  record: ArticleRecord;
}

/**
 * The stored articles sharing index keys with the query, best first by the summed rarity of
 * the keys they share, then those published within days of it, capped at `limit`. Reads only
 * the `keys` and `publishedAt` indexes and then the chosen rows: the cost follows the number
 * of matches, never the size of the archive. The query itself (same canonical URL or same
 * text) is left out.
 */
export async function findCandidateIds(
  db: ArchiveDB,
  query: AnalyzedArticle,
  limit: number = MAX_CANDIDATES,
  perKey: number = MAX_IDS_PER_KEY,
): Promise<number[]> {
  const keys = [...new Set(indexKeys(query))];
  const stats = await loadCorpusStats(db, keys);
  const looked = keysWorthReading(keys, stats);
  const weights = new Map<number, number>();
  // Newest first and at most MAX_IDS_PER_KEY of each key: a key a hundredth of a 100,000-article
  // archive carries still lists a thousand, and the latest of them are the likeliest backstory.
  const idsPerKey = await Promise.all(
    looked.map((key) => db.articles.where('keys').equals(key).reverse().limit(perKey).primaryKeys()),
  );
  idsPerKey.forEach((ids, i) => {
    const rarity = Math.log(1 + stats.docCount / Math.max(1, stats.df(looked[i] ?? '')));
    for (const id of ids) weights.set(id, (weights.get(id) ?? 0) + rarity);
  });
  const [self, nearby] = await Promise.all([selfIds(db, query), publishedNear(db, query.article.publishedAt)]);
  const byKeys = [...weights.entries()]
    .filter(([id]) => !self.has(id))
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, limit)
    .map(([id]) => id);
  return mergeCandidates(byKeys, nearby.filter((id) => !self.has(id)), limit);
}

/** A key held by more than this share of a large archive ("e:country:RU") finds everything and tells nothing. */
const COMMON_SHARE = 0.2;
const COMMON_MIN_DOCS = 50;
const FALLBACK_KEYS = 5;

/**
 * The keys worth reading: those the archive holds at all, and of them not the common ones, which
 * would list most of the archive (Russia and Ukraine are in most articles) and weigh almost
 * nothing; if every key held is common, the rarest few are read.
 */
function keysWorthReading(keys: string[], stats: CorpusStats): string[] {
  const limit = Math.max(COMMON_MIN_DOCS, COMMON_SHARE * stats.docCount);
  const held = keys.filter((key) => stats.df(key) > 0);
  const rare = held.filter((key) => stats.df(key) <= limit);
  return rare.length > 0 ? rare : held.sort((a, b) => stats.df(a) - stats.df(b)).slice(0, FALLBACK_KEYS);
}

/**
 * Loads stored articles with their statements and events, in the order of `ids`. The rows of
 * each article are read by one `equals` lookup apiece: `anyOf` over a few hundred ids walks the
 * index with a cursor that costs far more (127 ms against 5 at 10,000 articles in Chromium, and
 * seconds in fake-indexeddb, which seeks every step from the root).
 */
export async function loadCandidates(db: ArchiveDB, ids: number[]): Promise<StoredCandidate[]> {
  return db.transaction('r', [db.articles, db.statements, db.events], async () => {
    const [records, statements, events] = await Promise.all([
      db.articles.bulkGet(ids),
      Promise.all(ids.map((id) => db.statements.where('articleId').equals(id).toArray())).then((lists) => lists.flat()),
      Promise.all(ids.map((id) => db.events.where('articleId').equals(id).toArray())).then((lists) => lists.flat()),
    ]);
    const statementsOf = groupByArticleId(statements);
    const eventsOf = groupByArticleId(events);
    return records
      .filter((record): record is ArticleRecord => record !== undefined)
      .map((record) => {
        const analyzed = analyzedFromRows(
          record,
          statementsOf.get(record.id) ?? [],
          eventsOf.get(record.id) ?? [],
        );
        return { record, article: analyzed.article, analysis: analyzed };
      });
  });
}

const EMPTY_TEXT_HASH = contentHash('');

async function selfIds(db: ArchiveDB, query: AnalyzedArticle): Promise<Set<number>> {
  // Pages whose text could not be extracted (a title alone) all share the empty text's hash:
  // they are not the query, as ingestion already knows.
  const hash = contentHash(query.article.text);
  const [byUrl, byHash] = await Promise.all([
    db.articles.where('canonicalUrl').equals(canonicalUrl(query.article.url)).primaryKeys(),
    hash === EMPTY_TEXT_HASH ? Promise.resolve([]) : db.articles.where('contentHash').equals(hash).primaryKeys(),
  ]);
  return new Set([...byUrl, ...byHash]);
}
