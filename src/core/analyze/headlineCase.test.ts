import { describe, expect, it } from 'vitest';
import { caseVariants, isTitleCaseLine } from './headlineCase';

describe('isTitleCaseLine', () => {
  it.each([
    ['Putin Arrives In Minsk For Talks With Lukashenko', true],
    ['Ukrainian Commander Warns Of New Offensive From Belarus', true],
    ['Aleksey Polishchuk, director of the Second CIS Department at the Russian Foreign Ministry, told RIA.', false],
    ['Putin flies to Belarus amid fears of a new offensive', false],
    ['Minsk Talks', false],
  ])('%s: %s', (line, expected) => {
    expect(isTitleCaseLine(line)).toBe(expected);
  });
});

describe('caseVariants', () => {
  it('adds a title-case copy of lines in capitals, of the same length', () => {
    const text = 'PUTIN ARRIVES IN MINSK\n\nPutin arrived on Monday.';
    const variants = caseVariants(text);
    expect(variants).toEqual([text, 'Putin Arrives In Minsk\n\nPutin arrived on Monday.']);
  });

  it('leaves ordinary text alone', () => {
    expect(caseVariants('The NATO summit opened in Vilnius.')).toEqual(['The NATO summit opened in Vilnius.']);
  });
});
