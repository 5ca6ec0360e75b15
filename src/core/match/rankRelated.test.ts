import { describe, expect, it } from 'vitest';
import { corpusStatsFrom } from './corpusStats';
import { DEFAULT_MIN_SCORE, rankRelated } from './rankRelated';
import { analysedSeed, SEED_PREFIXES, unrelatedReport } from './testing';

const seeds = Object.fromEntries(SEED_PREFIXES.map((prefix) => [prefix, analysedSeed(prefix)]));
const others = (prefix: string) => SEED_PREFIXES.filter((p) => p !== prefix).map((p) => seeds[p]!);

describe('rankRelated on the seed articles', () => {
  it('puts the other report of Putin\'s Minsk visit first for 004, as the same event', () => {
    const candidates = others('004');
    const related = rankRelated(seeds['004']!, candidates, corpusStatsFrom(candidates.map((c) => c.analysis)));
    expect(related).toHaveLength(4);
    expect(related[0]).toMatchObject({ url: seeds['003']!.article.url, sameEvent: true });
    expect(related.slice(1).every((report) => !report.sameEvent)).toBe(true);
    expect(related[0]!.reasons).toEqual(expect.arrayContaining([
      expect.stringMatching(/^shares .*Vladimir Putin/), 'published the same day', 'both report a visit',
    ]));
  });

  it.each(SEED_PREFIXES)('finds every other seed related to %s, best first, scores in 0..1', (prefix) => {
    const candidates = others(prefix);
    const related = rankRelated(seeds[prefix]!, candidates, corpusStatsFrom(candidates.map((c) => c.analysis)));
    expect(related.map((r) => r.url).sort()).toEqual(candidates.map((c) => c.article.url).sort());
    const scores = related.map((r) => r.score);
    for (const score of scores) expect(score).toBeGreaterThanOrEqual(DEFAULT_MIN_SCORE);
    for (const score of scores) expect(score).toBeLessThanOrEqual(1);
    expect(related.filter((r) => !r.sameEvent).map((r) => r.score)).toEqual(
      related.filter((r) => !r.sameEvent).map((r) => r.score).sort((a, b) => b - a),
    );
  });

  it('keeps an unrelated report out, published the same day or not', () => {
    const candidates = Object.values(seeds);
    const stats = corpusStatsFrom(candidates.map((c) => c.analysis));
    for (const publishedAt of ['2022-12-19', '2023-06-01']) {
      const football = unrelatedReport(publishedAt);
      expect(rankRelated(football, candidates, stats)).toEqual([]);
      for (const seed of candidates) {
        expect(rankRelated(seed, [football], stats)).toEqual([]);
      }
    }
  });

  it('honours limit and never lists the query itself', () => {
    const candidates = Object.values(seeds);
    const related = rankRelated(seeds['003']!, candidates, corpusStatsFrom(candidates.map((c) => c.analysis)), { limit: 2 });
    expect(related).toHaveLength(2);
    expect(related.map((r) => r.url)).not.toContain(seeds['003']!.article.url);
  });
});
