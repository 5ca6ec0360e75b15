export { indexKeys, entityKey, termKey, eventKey } from './indexKeys';
export { corpusStatsFrom, type CorpusStats } from './corpusStats';
export { rankRelated, rankRelatedEach, DEFAULT_LIMIT, DEFAULT_MIN_SCORE, type MatchCandidate } from './rankRelated';
export { findContradictions, findContradictionsWithin } from './contradictions';
