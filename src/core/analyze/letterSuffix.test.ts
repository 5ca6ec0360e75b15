import { describe, expect, it } from 'vitest';
import { shareLetterSuffix } from './letterSuffix';

describe('shareLetterSuffix', () => {
  it('writes consecutive stems before one \\p{L}*, in their order, leaving the rest as they are', () => {
    expect(shareLetterSuffix('эт\\p{L}*|текущ\\p{L}*|цей|ця|гэт\\p{L}*|бягуч\\p{L}*|tym'))
      .toBe('(?:эт|текущ)\\p{L}*|цей|ця|(?:гэт|бягуч)\\p{L}*|tym');
    expect(shareLetterSuffix('a\\p{L}*|b')).toBe('a\\p{L}*|b');
    expect(shareLetterSuffix('plain|words')).toBe('plain|words');
  });

  it('splits at top-level bars only, and leaves lazy, escaped or grouped suffixes alone', () => {
    expect(shareLetterSuffix('x(?:a|b)\\p{L}*|y[|]\\p{L}*')).toBe('(?:x(?:a|b)|y[|])\\p{L}*');
    expect(shareLetterSuffix('a\\p{L}*?|b\\p{L}*')).toBe('a\\p{L}*?|b\\p{L}*');
    expect(shareLetterSuffix('a\\\\p{L}*|b\\p{L}*')).toBe('a\\\\p{L}*|b\\p{L}*');
    expect(shareLetterSuffix('(?:a\\p{L}*|b\\p{L}*)')).toBe('(?:a\\p{L}*|b\\p{L}*)');
    expect(shareLetterSuffix('a\\p{L}*|b\\p{L}*)')).toBe('a\\p{L}*|b\\p{L}*)');
  });

  it('matches what the list matched, with the same groups', () => {
    const list = '(пыта)\\p{L}*|попыта\\p{L}*|попытк\\p{L}*|tried to|спроб\\p{L}*|спробува\\p{L}*';
    const before = new RegExp(`(?<![\\p{L}])(?:${list})(?![\\p{L}])`, 'giu');
    const after = new RegExp(`(?<![\\p{L}])(?:${shareLetterSuffix(list)})(?![\\p{L}])`, 'giu');
    const text = 'Они пытались, попытка, ПОПЫТАЛИСЬ, tried to, спробували, спроба; непытались, пыта.';
    expect([...text.matchAll(after)].map((m) => [m.index, ...m])).toEqual([...text.matchAll(before)].map((m) => [m.index, ...m]));
    expect([...text.matchAll(after)].length).toBe(7);
  });
});
