import { describe, expect, it } from 'vitest';
import { findContradictions, findContradictionsWithin } from './contradictions';
import { analysedSeed, SEED_PREFIXES, unrelatedReport } from './testing';

const seeds = Object.fromEntries(SEED_PREFIXES.map((prefix) => [prefix, analysedSeed(prefix)]));

// The pairs of ../shared/seeds/gold.json: [query seed, words of its statement, archived seed, words of the other, kind].
const GOLD_PAIRS = [
  ['001', 'We are not going to attack anyone', '002', 'used Belarus as a launching pad for attacks on Ukraine', 'denial_vs_report'],
  ['000', 'We categorically do not accept any war', '001', 'has used as a staging ground for the war in Ukraine', 'denial_vs_report'],
  ['001', 'does not intend for Belarus to get involved in the war directly', '002', 'could formally join the war in Ukraine', 'opposing_claims'],
  ['004', 'he has no intention of sending troops from his country to Ukraine', '003', 'the broader involvement of the Belarusian armed forces', 'opposing_claims'],
  ['001', 'this force grouping is supposed to carry out purely defensive tasks', '003', 'the broader involvement of the Belarusian armed forces', 'opposing_claims'],
] as const;

describe('findContradictions: the gold pairs', () => {
  it.each(GOLD_PAIRS)('%s "%s" against %s "%s"', (query, words, archived, otherWords, kind) => {
    for (const [a, aWords, b, bWords] of [[query, words, archived, otherWords], [archived, otherWords, query, words]] as const) {
      const found = findContradictions(seeds[a]!, [seeds[b]!]);
      expect(found).toContainEqual(expect.objectContaining({
        kind,
        statement: expect.objectContaining({ text: expect.stringContaining(aWords) }),
        other: expect.objectContaining({ text: expect.stringContaining(bWords) }),
      }));
    }
  });
});

describe('findContradictionsWithin: one article against itself', () => {
  it.each([
    ['000', 'We categorically do not accept any war', 'missiles have been fired into Ukraine from Belarus', 'denial_vs_report'],
    ['003', 'No one other than us runs Belarus', 'a Trojan horse for a stealth annexation', 'opposing_claims'],
  ] as const)('%s: "%s" against "%s"', (seed, words, otherWords, kind) => {
    const found = findContradictionsWithin(seeds[seed]!);
    const texts = found.filter((c) => c.kind === kind).map((c) => [c.statement.text, c.other.text].sort().join(' | '));
    expect(texts.some((t) => t.includes(words) && t.includes(otherWords))).toBe(true);
    for (const c of found) expect(c.other.url).toBe(seeds[seed]!.article.url);
  });

  it('never sets a speaker against himself', () => {
    for (const seed of Object.values(seeds)) {
      for (const c of findContradictionsWithin(seed)) expect(c.statement.speaker === null || c.statement.speaker !== c.other.speaker).toBe(true);
    }
  });
});

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

  it('does not set two officials of one side against each other, nor a forecast against a denial', () => {
    const all = SEED_PREFIXES.flatMap((p) => findContradictions(seeds[p]!, SEED_PREFIXES.filter((o) => o !== p).map((o) => seeds[o]!)));
    const khreninVsLukashenko = all.filter((c) => [c.statement.speaker, c.other.speaker].sort().join() === 'Alexander Lukashenko,Viktor Khrenin');
    expect(khreninVsLukashenko).toEqual([]);
    expect(all.filter((c) => c.statement.text.includes('deeply unpopular step') || c.other.text.includes('deeply unpopular step'))).toEqual([]);
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
