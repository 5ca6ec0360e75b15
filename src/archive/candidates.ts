import { indexKeys, usableDigest, type CorpusStats, type MatchCandidate, type MatchDigest } from '../core/match';
import type { AnalyzedArticle } from '../core/types';
import { analyzedFromRows } from './articleRows';
import { canonicalUrl } from './canonicalUrl';
import { contentHash } from './contentHash';
import type { ArchiveDB } from './db';
import { loadCorpusStats } from './keyStats';
import { mergeCandidates, publishedNear } from './nearbyCandidates';
import type { ArticleRecord, EventRecord, StatementRecord } from './records';

/** How many stored articles the matcher scores at most for one query. */
export const MAX_CANDIDATES = 200;
/**
 * How many articles one key lists at most: the cost of a check is bounded however large the
 * archive. A key carried by more weighs little (its rarity is low) and its latest articles are
 * the likeliest backstory; in Chromium at 10,000 articles, reading up to 1,000 per key took 57
 * ms of a check and 200 per key 32 ms.
 */
export const MAX_IDS_PER_KEY = 200;

export interface StoredCandidate extends MatchCandidate {
  record: ArticleRecord;
  /** Whether its statements and events were read (else it carries only its digest for ranking). */
  complete: boolean;
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
  // Newest first and at most MAX_IDS_PER_KEY of each key.
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

/** The digest stored with an article (articleRows.ts), if this matcher can use it. */
const digestOf = (record: ArticleRecord): MatchDigest | null =>
  usableDigest((record.analysis as ArticleRecord['analysis'] & { digest?: MatchDigest }).digest);

/**
 * Loads stored articles for ranking, in the order of `ids`: their article rows only, ranked
 * from the digest stored with each (concepts and lead events) rather than from their statement
 * and event rows, which cost one IndexedDB request per article and table (400 for 200
 * candidates: most of a check in Chromium). An article stored before digests, or by another
 * version of the matcher, is read whole. Contradictions need the statements: `withRows`.
 */
export async function loadCandidates(db: ArchiveDB, ids: number[]): Promise<StoredCandidate[]> {
  const records = (await db.articles.bulkGet(ids)).filter((record): record is ArticleRecord => record !== undefined);
  const whole = await readRows(db, records.filter((record) => !digestOf(record)).map((record) => record.id));
  return records.map((record) => {
    const digest = digestOf(record);
    const rows = whole.get(record.id);
    const analyzed = analyzedFromRows(record, rows?.statements ?? [], rows?.events ?? []);
    return { record, article: analyzed.article, analysis: analyzed, digest, complete: !digest };
  });
}

/** The candidates with every statement and event read, for contradictions to be sought in. */
export async function withRows(db: ArchiveDB, candidates: StoredCandidate[]): Promise<StoredCandidate[]> {
  const rows = await readRows(db, candidates.filter((c) => !c.complete).map((c) => c.record.id));
  return candidates.map((candidate) => {
    const read = rows.get(candidate.record.id);
    if (!read) return candidate;
    const analyzed = analyzedFromRows(candidate.record, read.statements, read.events);
    return { ...candidate, article: analyzed.article, analysis: analyzed, complete: true };
  });
}

/**
 * The statement and event rows of each article, by one `equals` lookup apiece: `anyOf` over a
 * few hundred ids walks the index with a cursor that costs far more (127 ms against 5 at 10,000
 * articles in Chromium, and seconds in fake-indexeddb, which seeks every step from the root).
 */
async function readRows(db: ArchiveDB, ids: number[]): Promise<Map<number, { statements: StatementRecord[]; events: EventRecord[] }>> {
  if (ids.length === 0) return new Map();
  return db.transaction('r', [db.statements, db.events], async () => {
    const [statements, events] = await Promise.all([
      Promise.all(ids.map((id) => db.statements.where('articleId').equals(id).toArray())),
      Promise.all(ids.map((id) => db.events.where('articleId').equals(id).toArray())),
    ]);
    return new Map(ids.map((id, i) => [id, { statements: statements[i]!, events: events[i]! }]));
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
