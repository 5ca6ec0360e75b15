import { gazetteerEntry } from '../analyze';
import type { Analysis, ExtractedArticle, RelatedReport } from '../types';
import { conceptVector } from './concepts';
import type { MatchDigest } from './digest';
import type { CorpusStats } from './corpusStats';
import { eventLabel } from './eventLabels';
import { sharedEvent } from './sameEvent';
import { entityKey } from './indexKeys';
import { personKey } from './personKey';
import { withStoryFeedback } from './storyFeedback';
import { cosine, entityVector, isCoreCountry, sharedKeys, termVector, type WeightVector } from './similarity';
import { daysApart, timeProximity } from './timeProximity';

export interface MatchCandidate {
  article: ExtractedArticle;
  analysis: Analysis;
  /** Its stored digest: when given, ranking reads concepts and lead events from it, not from statements. */
  digest?: MatchDigest | null;
}

type Query = { article: ExtractedArticle; analysis: Analysis };

export const DEFAULT_LIMIT = 10;
export const DEFAULT_MIN_SCORE = 0.035;
/**
 * A report scoring under a tenth of the best one is padding: when the archive holds a report
 * of the same story at 0.6, one that shares a single name at 0.05 is no help beside it.
 */
const BELOW_BEST = 0.1;
/**
 * Entities (gazetteer ids, names folded to Latin) and concepts (acts, events, places, counts,
 * days) hold across languages; terms only within one. Between two languages the terms' share
 * goes to the other two, a little discounted (a missing signal is not a matching one), but only
 * a little: another language's report of the same story is what the reader most needs found,
 * and it competes with same-language reports of neighbouring stories that share common words.
 */
const WEIGHTS = { entities: 0.5, terms: 0.3, concepts: 0.2 };
const CROSS_LANGUAGE_DISCOUNT = 0.9;
/**
 * Time moves a score by this share: reports of one story cluster in time, and the same people
 * and places recur in story after story (Prigozhin in the battle for Bakhmut, then in his
 * mutiny). An old report must share much more to stay related; it keeps 15% of its score
 * however old, so the background of a story is still found when little else is.
 */
const TIME_SHARE = 0.85;
/**
 * A report more than a month from the query is its backstory only if they share something
 * rare: the names of a whole front (its leaders, capital, main city) recur in story after
 * story, month after month (Minsk in the protests of 2020 and in the border crisis of 2021).
 * Sharing only names held by more than a tenth of the archive (and more than five articles:
 * in a small archive every name is rare), it keeps a quarter of its entity similarity.
 */
const OLD_DAYS = 30;
const RARE_SHARE = 0.1;
const RARE_MIN_DOCS = 5;
const COMMON_NAMES_ONLY = 0.25;

interface Side { entities: WeightVector; terms: WeightVector; concepts: WeightVector }

function sideOf(side: Query & { digest?: MatchDigest | null }, stats: CorpusStats): Side {
  const concepts = side.digest ? new Map(side.digest.concepts) : conceptVector(side.analysis);
  return { entities: entityVector(side.analysis, stats), terms: termVector(side.analysis, stats), concepts };
}

/** Terms compare only in one language (or when either language is unknown). */
const oneLanguage = (a: ExtractedArticle, b: ExtractedArticle) => !a.lang || !b.lang || a.lang.slice(0, 2) === b.lang.slice(0, 2);

/**
 * Russia, Ukraine and Belarus are in most articles: an article that names nothing else matches
 * every other on them alone (its vector is all core countries, so the cosine is high). Sharing
 * only them is worth a quarter.
 */
const ONLY_CORE_COUNTRIES = 0.25;

function entitySimilarity(q: Side, c: Side): number {
  const similarity = cosine(q.entities, c.entities);
  return sharesOnlyCoreCountries(q.entities, c.entities) ? similarity * ONLY_CORE_COUNTRIES : similarity;
}

/** Whether the two share entities and all of them are core countries (sharedKeys' test, without its sort). */
function sharesOnlyCoreCountries(a: WeightVector, b: WeightVector): boolean {
  let shared = false;
  for (const key of a.keys()) {
    if (!b.has(key)) continue;
    if (!isCoreCountry(key)) return false;
    shared = true;
  }
  return shared;
}

const timeFactorOf = (share: number) => (days: number | null) => 1 - share + share * timeProximity(days);
const timeFactor = timeFactorOf(TIME_SHARE);

/** Whether the two share a name other than a core country that at most RARE_SHARE of the archive holds. */
function sharesRareName(q: Side, c: Side, stats: CorpusStats): boolean {
  const [small, large] = q.entities.size <= c.entities.size ? [q.entities, c.entities] : [c.entities, q.entities];
  const limit = Math.max(RARE_MIN_DOCS, RARE_SHARE * stats.docCount);
  for (const key of small.keys()) if (large.has(key) && !isCoreCountry(key) && stats.df(entityKey(key)) <= limit) return true;
  return false;
}

/**
 * What the two share, before time scales it: a score is `content * factor(days)`. `days` and
 * `stats`: given when the query scores a candidate (the old-report rule above); a candidate
 * scored against another for story feedback is compared on what they share alone.
 */
function content(query: Query, q: Side, candidate: MatchCandidate, c: Side, days: number | null = null, stats?: CorpusStats): number {
  let entities = entitySimilarity(q, c);
  if (stats && days !== null && days > OLD_DAYS && !sharesRareName(q, c, stats)) entities *= COMMON_NAMES_ONLY;
  const concepts = cosine(q.concepts, c.concepts);
  return oneLanguage(query.article, candidate.article)
    ? WEIGHTS.entities * entities + WEIGHTS.terms * cosine(q.terms, c.terms) + WEIGHTS.concepts * concepts
    : CROSS_LANGUAGE_DISCOUNT * (WEIGHTS.entities * entities + WEIGHTS.concepts * concepts) / (WEIGHTS.entities + WEIGHTS.concepts);
}


export interface RankOptions {
  limit?: number;
  minScore?: number;
  /**
   * How much of a score closeness in time decides (default 0.85). Contradictions are sought
   * with less: a denial months before a report still answers it, though it is old news.
   */
  timeShare?: number;
  /** Leave out reports under this share of the best one's score (default a tenth; 0 keeps all). */
  belowBest?: number;
}

function reasonsFor(query: Query, q: Side, candidate: MatchCandidate, c: Side, days: number | null, event: { type: string } | null): string[] {
  const reasons: string[] = [];
  const entities = [...query.analysis.entities, ...candidate.analysis.entities];
  const nameOf = (key: string) => entities.find((e) => personKey(e.id) === key)?.name ?? gazetteerEntry(key)?.name ?? key;
  const shared = sharedKeys(q.entities, c.entities);
  const specific = shared.filter((id) => !isCoreCountry(id));
  const shown = (specific.length > 0 ? specific : shared).slice(0, 4);
  if (event) reasons.push(`both report ${eventLabel(event.type)}`);
  if (shown.length > 0) reasons.push(`shares ${shown.map(nameOf).join(', ')}`);
  if (days === 0) reasons.push('published the same day');
  else if (days !== null && days <= 7) reasons.push(`published ${days} day${days === 1 ? '' : 's'} apart`);
  const counts = sharedKeys(q.concepts, c.concepts).filter((key) => key.startsWith('count:'));
  if (counts.length > 0) reasons.push(`both give ${counts.slice(0, 2).map((key) => key.split(':').slice(1).reverse().join(' ')).join(', ')}`);
  if (oneLanguage(query.article, candidate.article)) {
    const terms = sharedKeys(q.terms, c.terms);
    if (terms.length > 0) reasons.push(`common terms: ${terms.slice(0, 3).join(', ')}`);
  }
  return reasons;
}

/**
 * Related reports best first, each with a 0..1 score, whether it reports the same event (the
 * same kind of event within days, at the same place or with the same actors), and why. A
 * report of the same event comes before every other. A score is what the two share, scaled by
 * their closeness in time, plus a share of the candidate's closeness to the query's closest
 * reports (storyFeedback.ts); reports under the floor or far below the best are left out.
 */
export function rankRelated(
  query: Query,
  candidates: MatchCandidate[],
  stats: CorpusStats,
  options: RankOptions = {},
): RelatedReport[] {
  return rankRelatedEach(query, candidates, stats, [options])[0]!;
}

/**
 * Several rankings of the same candidates (the reports shown, and the wider pool contradictions
 * are sought in): each candidate's vectors are built once for all of them.
 */
export function rankRelatedEach(
  query: Query,
  candidates: MatchCandidate[],
  stats: CorpusStats,
  rankings: RankOptions[],
): RelatedReport[][] {
  const q = sideOf(query, stats);
  const daysTo = (candidate: MatchCandidate) => daysApart(query.article.publishedAt, candidate.article.publishedAt);
  const items = candidates
    .filter((candidate) => candidate.article.url !== query.article.url)
    .map((candidate) => ({
      candidate,
      side: stats.kept ? stats.kept(candidate, () => sideOf(candidate, stats)) : sideOf(candidate, stats),
      days: daysTo(candidate),
      event: sharedEvent(query, candidate.digest ? { ...candidate, leadEvents: candidate.digest.leadEvents } : candidate),
    }))
    // What each shares with the query, worked out once for every ranking (only time weighs differently).
    .map((item) => ({ ...item, content: content(query, q, item.candidate, item.side, item.days, stats) }));
  // Two candidates' score against each other (storyFeedback.ts) is the same in every ranking: worked out once.
  const pairs = new Map<Item, Map<Item, number>>();
  const pair = (a: Item, b: Item) => {
    let scores = pairs.get(a);
    if (!scores) pairs.set(a, (scores = new Map()));
    let value = scores.get(b);
    if (value === undefined) {
      value = content(a.candidate, a.side, b.candidate, b.side) * timeFactor(daysApart(a.candidate.article.publishedAt, b.candidate.article.publishedAt));
      scores.set(b, value);
    }
    return value;
  };
  return rankings.map((options) => rankWith(query, q, items, pair, options));
}

type Item = { candidate: MatchCandidate; side: Side; days: number | null; event: { type: string; ids: string[] } | null; content: number };

function rankWith(query: Query, q: Side, items: Item[], pair: (a: Item, b: Item) => number, options: RankOptions): RelatedReport[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const timeShare = options.timeShare ?? TIME_SHARE;
  const belowBest = options.belowBest ?? BELOW_BEST;
  const factor = timeShare === TIME_SHARE ? timeFactor : timeFactorOf(timeShare);
  const scored = items.map((item) => ({ item, score: item.content * factor(item.days) }));
  const reports = withStoryFeedback(scored, pair, (item) => factor(item.days))
    .map(({ item, score: value }) => {
      const { candidate, days, event } = item;
      const { url, title, siteName, publishedAt } = candidate.article;
      return {
        url, title, siteName, publishedAt, days,
        score: Math.round(value * 1000) / 1000,
        sameEvent: event !== null,
        reasons: [] as string[],
        item,
      };
    })
    .filter((report) => report.score >= minScore || report.sameEvent);
  const best = Math.max(0, ...reports.map((report) => report.score));
  // Equal scores: the report nearer in time first, then by address, whatever order the archive gave.
  const apart = (days: number | null) => days ?? Number.MAX_SAFE_INTEGER;
  reports.sort((a, b) => Number(b.sameEvent) - Number(a.sameEvent) || b.score - a.score || apart(a.days) - apart(b.days) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  // Reasons only for the reports kept: they name entities and terms, which costs.
  return reports
    .filter((report) => report.sameEvent || report.score >= belowBest * best)
    .slice(0, options.limit ?? DEFAULT_LIMIT)
    .map(({ days: _days, item, ...report }) => ({ ...report, reasons: reasonsFor(query, q, item.candidate, item.side, item.days, item.event) }));
}
