import { describe, expect, test } from 'vitest';
import { corpusStatsFrom } from './corpusStats';
import { DIGEST_VERSION, matchDigest, usableDigest } from './digest';
import { rankRelated, type MatchCandidate } from './rankRelated';
import { analysedSeed, SEED_PREFIXES } from './testing';

/** A candidate as an archive hands it over for ranking: its statements and events left unread, its digest instead. */
const fromDigest = (candidate: MatchCandidate): MatchCandidate => ({
  article: candidate.article,
  analysis: { ...candidate.analysis, statements: [], events: [] },
  digest: matchDigest(candidate.analysis),
});

describe('ranking from stored digests', () => {
  const seeds = SEED_PREFIXES.map(analysedSeed);
  const stats = corpusStatsFrom(seeds.map((s) => s.analysis));

  test.each(SEED_PREFIXES.map((prefix, i) => [prefix, i] as const))('seed %s: the same related reports, scores, same-event marks and reasons as from full analyses', (_prefix, i) => {
    const query = seeds[i]!;
    const others = seeds.filter((_, j) => j !== i);
    expect(rankRelated(query, others.map(fromDigest), stats)).toEqual(rankRelated(query, others, stats));
  });

  test('a digest of another version is not used', () => {
    const digest = matchDigest(seeds[0]!.analysis);
    expect(usableDigest(digest)).toBe(digest);
    expect(usableDigest({ ...digest, version: DIGEST_VERSION - 1 })).toBeNull();
    expect(usableDigest(undefined)).toBeNull();
  });
});
