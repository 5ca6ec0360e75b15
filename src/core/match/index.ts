export { indexKeys, entityKey, termKey, eventKey } from './indexKeys';
export { corpusStatsFrom, type CorpusStats } from './corpusStats';
export { matchDigest, usableDigest, DIGEST_VERSION, type MatchDigest } from './digest';
export { rankRelated, rankRelatedEach, DEFAULT_LIMIT, DEFAULT_MIN_SCORE, type MatchCandidate } from './rankRelated';
export { findContradictions, findContradictionsWithin } from './contradictions';
