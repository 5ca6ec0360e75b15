import type { Analysis, ArticleEvent, ExtractedArticle, RelatedReport } from '../types';
import type { CorpusStats } from './corpusStats';
import { eventLabel, SPECIFIC_EVENT_TYPES } from './eventLabels';
import { cosine, entityVector, isCoreCountry, sharedKeys, termVector } from './similarity';
import { daysApart, timeProximity } from './timeProximity';

export interface MatchCandidate {
  article: ExtractedArticle;
  analysis: Analysis;
}

type Query = { article: ExtractedArticle; analysis: Analysis };

export const DEFAULT_LIMIT = 10;
export const DEFAULT_MIN_SCORE = 0.1;
const WEIGHTS = { entities: 0.5, terms: 0.35, events: 0.15 };
/** Time moves a score by at most this share: an old report of the same story is still related. */
const TIME_SHARE = 0.25;
const SAME_EVENT_MAX_DAYS = 2;
// Terms of two short reports of one event overlap little (one says "flies to", the other
// "traveled to"), so the bar is low and the event type and dates carry the decision.
const SAME_EVENT_MIN_TERMS = 0.05;
const SAME_EVENT_MIN_ENTITIES = 0.5;

interface Comparison {
  entitySimilarity: number;
  termSimilarity: number;
  sharedEntities: string[];
  sharedTerms: string[];
  sharedEventTypes: string[];
  days: number | null;
}

function compare(query: Query, candidate: MatchCandidate, stats: CorpusStats): Comparison {
  const queryEntities = entityVector(query.analysis, stats);
  const candidateEntities = entityVector(candidate.analysis, stats);
  const queryTerms = termVector(query.analysis, stats);
  const candidateTerms = termVector(candidate.analysis, stats);
  const candidateEvents = candidate.analysis.events;
  return {
    entitySimilarity: cosine(queryEntities, candidateEntities),
    termSimilarity: cosine(queryTerms, candidateTerms),
    sharedEntities: sharedKeys(queryEntities, candidateEntities),
    sharedTerms: sharedKeys(queryTerms, candidateTerms),
    sharedEventTypes: [...new Set(query.analysis.events.filter((e) => candidateEvents.some((c) => sameKindAndTime(e, c))).map((e) => e.type))],
    days: daysApart(query.article.publishedAt, candidate.article.publishedAt),
  };
}

/** Same type, and dates (when both have one) no more than a couple of days apart. */
function sameKindAndTime(a: ArticleEvent, b: ArticleEvent): boolean {
  const days = daysApart(a.date, b.date);
  return a.type === b.type && (days === null || days <= SAME_EVENT_MAX_DAYS);
}

function eventSimilarity(sharedTypes: string[]): number {
  const specific = sharedTypes.filter((type) => SPECIFIC_EVENT_TYPES.has(type)).length;
  return Math.min(1, specific * 0.5 + (sharedTypes.length - specific) * 0.25);
}

export function scoreOf(c: Comparison): number {
  const content = WEIGHTS.entities * c.entitySimilarity + WEIGHTS.terms * c.termSimilarity + WEIGHTS.events * eventSimilarity(c.sharedEventTypes);
  return content * (1 - TIME_SHARE + TIME_SHARE * timeProximity(c.days));
}

/** One event in both: close in time, the same kind of event or the same people and places, and the same words. */
function isSameEvent(c: Comparison, query: Query, candidate: MatchCandidate): boolean {
  if (c.days === null || c.days > SAME_EVENT_MAX_DAYS || c.termSimilarity < SAME_EVENT_MIN_TERMS) return false;
  const sharedSpecificEvent = c.sharedEventTypes.some((type) => SPECIFIC_EVENT_TYPES.has(type));
  const typeOf = (id: string) => [...query.analysis.entities, ...candidate.analysis.entities].find((e) => e.id === id)?.type;
  const sharedPeople = c.sharedEntities.filter((id) => typeOf(id) === 'person').length;
  const sharedPlaces = c.sharedEntities.filter((id) => typeOf(id) === 'place').length;
  const specificEntities = sharedPeople >= 1 && sharedPlaces >= 1 && c.entitySimilarity >= SAME_EVENT_MIN_ENTITIES;
  return sharedSpecificEvent || specificEntities;
}

function reasonsFor(c: Comparison, query: Query, candidate: MatchCandidate): string[] {
  const reasons: string[] = [];
  const nameOf = (id: string) => [...query.analysis.entities, ...candidate.analysis.entities].find((e) => e.id === id)?.name ?? id;
  const specific = c.sharedEntities.filter((id) => !isCoreCountry(id));
  const shown = (specific.length > 0 ? specific : c.sharedEntities).slice(0, 4);
  if (shown.length > 0) reasons.push(`shares ${shown.map(nameOf).join(', ')}`);
  if (c.days === 0) reasons.push('published the same day');
  else if (c.days !== null && c.days <= 7) reasons.push(`published ${c.days} day${c.days === 1 ? '' : 's'} apart`);
  for (const type of c.sharedEventTypes.slice(0, 2)) reasons.push(`both report ${eventLabel(type)}`);
  if (c.sharedTerms.length > 0) reasons.push(`common terms: ${c.sharedTerms.slice(0, 3).join(', ')}`);
  return reasons;
}

/** Related reports best first, each with a 0..1 score, whether it is the same event, and why. */
export function rankRelated(
  query: Query,
  candidates: MatchCandidate[],
  stats: CorpusStats,
  options: { limit?: number; minScore?: number } = {},
): RelatedReport[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const reports = candidates
    .filter((candidate) => candidate.article.url !== query.article.url)
    .map((candidate) => {
      const comparison = compare(query, candidate, stats);
      const { url, title, siteName, publishedAt } = candidate.article;
      return {
        url, title, siteName, publishedAt,
        score: Math.round(scoreOf(comparison) * 1000) / 1000,
        sameEvent: isSameEvent(comparison, query, candidate),
        reasons: reasonsFor(comparison, query, candidate),
      };
    })
    .filter((report) => report.score >= minScore);
  reports.sort((a, b) => Number(b.sameEvent) - Number(a.sameEvent) || b.score - a.score);
  return reports.slice(0, options.limit ?? DEFAULT_LIMIT);
}
