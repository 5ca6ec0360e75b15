import { indexKeys, usableDigest, type CorpusStats, type MatchCandidate } from '../core/match';
import type { AnalyzedArticle, ExtractedArticle } from '../core/types';
import { analyzedFromRows } from './articleRows';
import { readArticleRows } from './articleStatements';
import { canonicalUrl } from './canonicalUrl';
import { commonKeyLimit } from './commonKeys';
import { contentHash } from './contentHash';
import type { ArchiveDB } from './db';
import { heldKeyIds } from './heldKeyDays';
import { checkCacheOf, completeCheckCache, loadCorpusStats, MAX_CACHED_FEATURES, readCounters, MAX_CACHED_ROWS, remember, rememberKeyIds, type ArticleRowsRead, type CheckCache } from './keyStats';
import { dayKey, keyDayRange, widenedIds, type MatchFeatures } from './matchFeatures';
import { mergeCandidates, publishedNear } from './nearbyCandidates';
import type { ArticleRecord } from './records';
import { recallPlaces } from './statementPlaces';

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
  id: number;
  /** Its index keys, for their counts in the archive. */
  keys: string[];
  /** Whether its statements and events were read (else it carries only its digest for ranking). */
  complete: boolean;
}

/**
 * Days either side of the query's day that candidates are first sought in, widening in turn
 * and then to the whole archive while fewer than `limit` come back: most backstory is within
 * weeks or months of a report, and a key common over years lists few articles of one month.
 */
export const WINDOW_DAYS = [30, 180, 730];
/** A key this few articles carry is read whole at once, whatever their days: it tells the most. */
const READ_WHOLE_DF = 20;
/**
 * Below this many times `limit` articles the archive is read whole: each key then lists a few
 * hundred articles at most anyway, and each widening would cost a round trip.
 */
const WINDOWED_FROM = 5;
const DAY_MS = 86_400_000;

type Window = { from: string; to: string } | undefined;

/**
 * Ids of the key's articles that `window` adds to `inner` (the window read before it), at most
 * `n`: the whole window, latest first, when there is no inner one; else the days before the inner
 * window, nearest first, and those after it, nearest first. Each widening reads only new days.
 */
async function keyIds(db: ArchiveDB, cache: CheckCache, key: string, n: number, window: Window, inner: Window, generation: number | undefined): Promise<number[]> {
  // The index held in memory for the generation the check's counts were confirmed at (heldKeyDays.ts).
  const held = heldKeyIds(db, generation, key, n, window, inner);
  if (held) return held;
  const read = `${key}\n${n}\n${window?.from}\n${window?.to}\n${inner?.from}\n${inner?.to}`;
  const known = cache.keyIds.get(read);
  if (known) return known;
  const ids = await readKeyIds(db, key, n, window, inner);
  rememberKeyIds(cache, read, ids);
  return ids;
}

async function readKeyIds(db: ArchiveDB, key: string, n: number, window: Window, inner: Window): Promise<number[]> {
  const index = db.features.where('keyDays');
  const [first, last] = keyDayRange(key);
  if (!inner) {
    const [lower, upper] = window ? keyDayRange(key, window.from, window.to) : [first, last];
    return index.between(lower, upper, true, true).reverse().limit(n).primaryKeys();
  }
  const [innerLower, innerUpper] = keyDayRange(key, inner.from, inner.to);
  const [lower, upper] = window ? keyDayRange(key, window.from, window.to) : [first, last];
  // Both sides at once: one round trip a widening, and the nearer days kept when both are full.
  const [before, after] = await Promise.all([
    index.between(lower, innerLower, true, false).reverse().limit(n).primaryKeys(),
    index.between(innerUpper, upper, false, true).limit(n).primaryKeys(),
  ]);
  return widenedIds(before, after, n);
}

/**
 * The stored articles sharing index keys with the query, best first by the summed rarity of
 * the keys they share, then those published within days of it, capped at `limit`. Keys are read
 * within a window of days around the query's (WINDOW_DAYS), widened while too few articles come
 * back; each key lists at most `perKey`, the nearest in time. Reads only the `keyDays` and
 * `publishedAt` indexes: the cost follows the number of matches, never the size of the archive.
 * The query itself (same canonical URL or same text) is left out.
 */
export async function findCandidateIds(
  db: ArchiveDB,
  query: AnalyzedArticle,
  limit: number = MAX_CANDIDATES,
  perKey: number = MAX_IDS_PER_KEY,
): Promise<number[]> {
  // One read transaction for every range read: standalone, each of a check's hundred or so reads
  // would open a transaction of its own, a round trip to the browser's storage process apiece.
  return db.transaction('r', [db.keyStats, db.features, db.articles], async () => (await candidateIdsIn(db, query, limit, perKey)).ids);
}

/**
 * findCandidateIds inside the caller's read transaction (keyStats, features, articles), with
 * the archive's generation its key counts were confirmed at when the cache holds every count
 * (else undefined): loadCorpusStats then reads nothing more for the same check.
 */
export async function candidateIdsIn(db: ArchiveDB, query: AnalyzedArticle, limit: number = MAX_CANDIDATES, perKey: number = MAX_IDS_PER_KEY): Promise<{ ids: number[]; generation?: number }> {
  // Every key's count in memory (loadAllKeyCounts): the key reads go out at once, beside a read
  // of the generation that confirms the counts; should the archive have changed, again the usual way.
  const complete = completeCheckCache(db);
  if (complete) {
    const counters = readCounters(db);
    const ids = await idsIn(db, query, limit, perKey, complete.generation);
    if ((await counters)?.generation === complete.generation) return { ids, generation: complete.generation };
  }
  return { ids: await idsIn(db, query, limit, perKey) };
}

/**
 * candidateIdsIn's candidates, loaded (loadCandidates), inside the caller's read transaction
 * (keyStats, features, articles). With every key's count held, the ids come from memory and
 * their features are asked for beside the read that confirms the generation, not after it: one
 * round trip for both; should the archive have changed, what was read is left (in the cache of
 * the generation it was asked for, which no check of another uses) and all is read again the
 * usual way. `ahead`: the query's surroundings read before the check (readSurroundings), used
 * when read at the generation the counts are confirmed at.
 */
export async function candidatesIn(db: ArchiveDB, query: AnalyzedArticle, ahead?: Surroundings): Promise<{ candidates: StoredCandidate[]; generation?: number }> {
  const complete = completeCheckCache(db);
  if (complete) {
    const counters = readCounters(db);
    const early = ahead?.generation === complete.generation ? ahead : undefined;
    const ids = await idsIn(db, query, MAX_CANDIDATES, MAX_IDS_PER_KEY, complete.generation, early);
    const found = loadCandidates(db, ids);
    found.catch(() => undefined); // waited for below
    const confirmed = (await counters)?.generation === complete.generation;
    // Settled before anything is read again (two chains of reads at once lose the transaction).
    const loaded = await found.catch(() => undefined);
    if (confirmed && loaded) return { candidates: loaded, generation: complete.generation };
  }
  return { candidates: await loadCandidates(db, await idsIn(db, query, MAX_CANDIDATES, MAX_IDS_PER_KEY)) };
}

async function idsIn(db: ArchiveDB, query: AnalyzedArticle, limit: number, perKey: number, current?: number, early?: Surroundings): Promise<number[]> {
  const keys = [...new Set(indexKeys(query))];
  // Reads that do not wait on each other go out together: each round trip to the storage
  // process is a few milliseconds of a check that should take a few tens. Read already when the
  // check's caller asked for them ahead (while the query was analysed) at the same generation.
  const besides = early ? Promise.resolve([early.self, early.nearby] as const) : Promise.all([selfIds(db, query.article), publishedNear(db, query.article.publishedAt)]);
  const stats = await loadCorpusStats(db, keys, current);
  // Taken before the key reads: what they return is then never older than the cache's generation.
  const cache = checkCacheOf(db);
  const looked = keysWorthReading(keys, stats);
  const rarity = (key: string) => Math.log(1 + stats.docCount / Math.max(1, stats.df(key)));
  const whole = looked.filter((key) => stats.df(key) <= READ_WHOLE_DF);
  const windowed = looked.filter((key) => stats.df(key) > READ_WHOLE_DF);
  const windows = windowsFor(query.article.publishedAt, stats.docCount, limit);
  const wholeRead = Promise.all(whole.map((key) => keyIds(db, cache, key, perKey, undefined, undefined, current)));
  const firstRound = Promise.all(windowed.map((key) => keyIds(db, cache, key, perKey, windows[0], undefined, current)));
  const [self, nearby] = await besides;
  const weights = new Map<number, number>();
  // Sums in a fixed order (rare keys, then each window's): the same floating-point weights every time.
  const add = (ids: number[], key: string) => {
    for (const id of ids) if (!self.has(id)) weights.set(id, (weights.get(id) ?? 0) + rarity(key));
  };
  (await wholeRead).forEach((ids, i) => add(ids, whole[i]!));
  const read = windowed.map(() => 0);
  let inner: Window;
  for (const [round, window] of windows.entries()) {
    const added = round === 0 ? await firstRound
      // A key whose every article was read already (its count says so) is not asked again.
      : await Promise.all(windowed.map((key, i) => (read[i]! < Math.min(perKey, stats.df(key)) ? keyIds(db, cache, key, perKey - read[i]!, window, inner, current) : [])));
    added.forEach((ids, i) => {
      read[i] = read[i]! + ids.length;
      add(ids, windowed[i]!);
    });
    inner = window;
    if (weights.size >= limit) break;
  }
  const byKeys = [...weights.entries()]
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, limit)
    .map(([id]) => id);
  return mergeCandidates(byKeys, nearby.filter((id) => !self.has(id)), limit);
}

/**
 * The windows a query's candidates are sought in, narrowest first, ending with the whole archive
 * (undefined). An undated query, or an archive of fewer than WINDOWED_FROM times `limit` articles, is read whole.
 */
export function windowsFor(publishedAt: string | null, docCount: number, limit: number): Array<{ from: string; to: string } | undefined> {
  const day = dayKey(publishedAt);
  if (!day || docCount <= WINDOWED_FROM * limit) return [undefined];
  const time = Date.parse(day);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return [...WINDOW_DAYS.map((days) => ({ from: iso(time - days * DAY_MS), to: iso(time + days * DAY_MS) })), undefined];
}

const FALLBACK_KEYS = 5;

/**
 * The keys worth reading: those the archive holds at all, and of them not the common ones, which
 * would list most of the archive (Russia and Ukraine are in most articles) and weigh almost
 * nothing; if every key held is common, the rarest few are read.
 */
function keysWorthReading(keys: string[], stats: CorpusStats): string[] {
  const limit = commonKeyLimit(stats.docCount);
  const held = keys.filter((key) => stats.df(key) > 0);
  const rare = held.filter((key) => stats.df(key) <= limit);
  return rare.length > 0 ? rare : held.sort((a, b) => stats.df(a) - stats.df(b)).slice(0, FALLBACK_KEYS);
}

/**
 * Loads stored articles for ranking, in the order of `ids`, from their features (matchFeatures.ts):
 * no text, no statements. An article whose digest this matcher cannot use (stored by another
 * version of it) has its statement and event rows read too. Contradictions need the statements:
 * `withRows`. Features read by earlier checks are not read again while the archive is unchanged.
 */
export async function loadCandidates(db: ArchiveDB, ids: number[]): Promise<StoredCandidate[]> {
  // Taken before reading: what is read is then never older than the cache's generation.
  const cache = checkCacheOf(db);
  const found = new Map(ids.flatMap((id) => {
    const f = cache.features.get(id);
    return f ? [[id, f] as const] : [];
  }));
  const missing = ids.filter((id) => !found.has(id));
  const read = missing.length > 0 ? await db.features.bulkGet(missing) : [];
  read.forEach((f, i) => {
    if (!f) return;
    found.set(missing[i]!, f);
    remember(cache.features, missing[i]!, f, MAX_CACHED_FEATURES);
  });
  const features = ids.map((id) => found.get(id)).filter((f): f is MatchFeatures => f !== undefined);
  const rows = await readRows(db, features.filter((f) => !usableDigest(f.digest ?? undefined)).map((f) => f.id));
  return features.map((f) => {
    const digest = usableDigest(f.digest ?? undefined);
    const article: ExtractedArticle = { url: f.url, title: f.title, byline: null, siteName: f.siteName, publishedAt: f.publishedAt, lang: f.lang, text: '' };
    const { statements, events } = analysedRows(f, article, rows.get(f.id));
    const analysis = { entities: f.entities, terms: f.terms, statements, events };
    return { id: f.id, keys: f.keys, article, analysis, digest, complete: false };
  });
}

/** The statements and events of a candidate from its rows (none when they were not read). */
function analysedRows(f: MatchFeatures, article: ExtractedArticle, read: ArticleRowsRead | undefined): Pick<AnalyzedArticle, 'statements' | 'events'> {
  return read
    ? analyzedFromRows({ ...article, analysis: f } as unknown as ArticleRecord, read.statements, read.events)
    : { statements: [], events: [] };
}

/**
 * The candidates with their statements and events, for contradictions to be sought in: only
 * the few reports in the pool, never the hundreds ranked. Their texts are not read: the
 * contradictions quote statements, and name a report by its address, title and day.
 */
export async function withRows(db: ArchiveDB, candidates: StoredCandidate[]): Promise<StoredCandidate[]> {
  const rows = await readRows(db, candidates.map((c) => c.id));
  return candidates.flatMap((candidate) => {
    const read = rows.get(candidate.id);
    if (!read) return [];
    // The places stored with its statements: contradictions then read no statement against the gazetteer again.
    recallPlaces(read.statements, candidate.article.publishedAt);
    const { statements, events } = analysedRows({ entities: candidate.analysis.entities, terms: candidate.analysis.terms } as MatchFeatures, candidate.article, read);
    return [{ ...candidate, analysis: { ...candidate.analysis, statements, events }, complete: true }];
  });
}

/**
 * The statements and events of each article, from its row (articleStatements.ts: version 6 keeps
 * them there). Rows read by earlier checks are kept while the archive is unchanged (keyStats.ts).
 */
async function readRows(db: ArchiveDB, ids: number[]): Promise<Map<number, ArticleRowsRead>> {
  const cache = checkCacheOf(db);
  const found = new Map(ids.flatMap((id) => {
    const rows = cache.rows.get(id);
    return rows ? [[id, rows] as const] : [];
  }));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length === 0) return found;
  const read = await readArticleRows(db, missing);
  missing.forEach((id) => {
    const rows = read.get(id) ?? { statements: [], events: [] };
    found.set(id, rows);
    remember(cache.rows, id, rows, MAX_CACHED_ROWS);
  });
  return found;
}

const EMPTY_TEXT_HASH = contentHash('');

/**
 * The stored copies of the query (same canonical URL, then same text; in index order, so the
 * first is the one findDuplicate names), left out of its candidates.
 */
async function selfIds(db: ArchiveDB, article: Pick<ExtractedArticle, 'url' | 'text'>): Promise<Set<number>> {
  // Pages whose text could not be extracted (a title alone) all share the empty text's hash:
  // they are not the query, as ingestion already knows.
  const hash = contentHash(article.text);
  const [byUrl, byHash] = await Promise.all([
    db.articles.where('canonicalUrl').equals(canonicalUrl(article.url)).primaryKeys(),
    hash === EMPTY_TEXT_HASH ? Promise.resolve([]) : db.articles.where('contentHash').equals(hash).primaryKeys(),
  ]);
  return new Set([...byUrl, ...byHash]);
}

/**
 * What a check reads besides its keys: the query's stored copies (`self`, in findDuplicate's
 * order) and the articles published near it, with the archive's generation they were read at.
 */
export interface Surroundings { self: Set<number>; nearby: number[]; generation?: number }

/**
 * Surroundings read ahead of the check, in one transaction with the archive's generation: the
 * background asks before the page's article is analysed, and a check whose counts are confirmed
 * at that generation reads them no more; the stored copies also answer "already saved"
 * (savedMarkOf), which looked them up a second time before. `article`: as the analysis keeps it
 * (capArticle), whose address, text and date the check reads them for. (In Chromium at 10,000
 * articles the answers are taken 3 ms median after the analysis ends, where the check waited
 * 4-5 ms for the same reads.)
 */
export function readSurroundings(db: ArchiveDB, article: Pick<ExtractedArticle, 'url' | 'text' | 'publishedAt'>): Promise<Surroundings> {
  // Answered as soon as the reads are, not when the transaction commits: it commits only once this
  // thread has taken the answers, after the analysis, and that would be one more round trip.
  return new Promise((resolve, reject) => {
    db.transaction('r', [db.keyStats, db.articles], () => {
      const reads = Promise.all([readCounters(db), selfIds(db, article), publishedNear(db, article.publishedAt)]);
      reads.then(([counters, self, nearby]) => resolve({ self, nearby, generation: counters?.generation }), reject);
      return reads;
    }).catch(reject);
  });
}
