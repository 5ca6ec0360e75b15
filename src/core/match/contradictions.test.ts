import { describe, expect, it } from 'vitest';
import { findContradictions } from './contradictions';
import { analysedSeed, SEED_PREFIXES, unrelatedReport } from './testing';

const seeds = Object.fromEntries(SEED_PREFIXES.map((prefix) => [prefix, analysedSeed(prefix)]));

describe('findContradictions on the seed articles', () => {
  it('sets Lukashenko\'s "no direct involvement" against the Russian warning that Belarus could join the war', () => {
    const found = findContradictions(seeds['001']!, [seeds['002']!]);
    const pair = found.find((c) => c.other.text.includes('could formally join the war'));
    expect(pair).toMatchObject({ kind: 'opposing_claims', statement: { speaker: 'Alexander Lukashenko' } });
    expect(pair?.statement.text).toContain('does not intend for Belarus to get involved in the war');
    expect(pair?.other).toMatchObject({ url: seeds['002']!.article.url, publishedAt: '2023-01-13' });
    expect(pair?.explanation).toMatch(/^Alexander Lukashenko denies joining the war by Belarus/);
  });

  it('sets the same denial against a report that Belarus served as a launching pad', () => {
    const found = findContradictions(seeds['002']!, [seeds['001']!]);
    expect(found).toContainEqual(expect.objectContaining({
      kind: 'denial_vs_report',
      statement: expect.objectContaining({ speaker: null, text: expect.stringContaining('launching pad') }),
      other: expect.objectContaining({ speaker: 'Alexander Lukashenko' }),
    }));
  });

  it('finds nothing between two reports of the same side saying the same thing', () => {
    // 004 and 003 both quote Lukashenko's camp and report the visit; none of the pairs may be a
    // denial against a report by the same speaker.
    for (const c of findContradictions(seeds['004']!, [seeds['003']!])) {
      expect(c.statement.speaker === c.other.speaker && c.statement.speaker !== null).toBe(false);
    }
  });

  it('does not treat a forecast ("no major attack is likely imminent") as a denial', () => {
    const found = findContradictions(seeds['004']!, [seeds['002']!, seeds['003']!]);
    expect(found.filter((c) => c.statement.text.includes('is likely imminent'))).toEqual([]);
  });

  it('finds nothing against an unrelated report', () => {
    const football = unrelatedReport('2022-12-19');
    for (const seed of Object.values(seeds)) {
      expect(findContradictions(seed, [football])).toEqual([]);
      expect(findContradictions(football, [seed])).toEqual([]);
    }
  });

  it('ranks by score within 0..1 and explains each pair in one sentence', () => {
    const found = findContradictions(seeds['001']!, [seeds['000']!, seeds['002']!, seeds['003']!, seeds['004']!]);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) {
      expect(c.score).toBeGreaterThan(0);
      expect(c.score).toBeLessThanOrEqual(1);
      expect(c.explanation).toMatch(/^[A-Z].*\.$/);
    }
    expect(found.map((c) => c.score)).toEqual(found.map((c) => c.score).sort((a, b) => b - a));
  });
});
