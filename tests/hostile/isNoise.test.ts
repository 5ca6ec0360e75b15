import { describe, expect, it } from 'vitest';
import { isInsert, isNoise, isPageChrome } from '../../src/core/extract/isNoise';
import { timed } from './timed';

// One line of a page is tested against a dozen noise rules. A page controls its lines: one
// word of 80,000 characters, a run of "@" or "." or "/", must not stall the reader's tab.
// Before the fix: 80 KB of letters 15 s, 100 K "x" 5.1 s (an address pattern tried from every position).
const HOSTILE_LINES: Array<[string, string]> = [
  ['one 80 KB word', 'a'.repeat(80_000)],
  ['a 100 K-character token', 'x'.repeat(100_000)],
  ['an "@" then 80 K colons', '@' + ':'.repeat(80_000)],
  ['an "@" then 80 K dots', '@' + '.'.repeat(80_000)],
  ['80 K "@"', '@'.repeat(80_000) + 'a'],
  ['a parenthesis then 80 K slashes', '(' + '/'.repeat(80_000) + 'x'],
  ['a tag then 80 K dots', '[ABC] ' + '.'.repeat(80_000) + 'x'],
  ['an address shape 40 K times', 'a@b.'.repeat(40_000)],
  ['100 K words of one letter', 'a '.repeat(50_000)],
];

describe('isNoise on hostile lines', () => {
  it.each(HOSTILE_LINES)('answers at once for %s', (_, line) => {
    const { result, ms, mb } = timed(() => isNoise(line));
    expect(result).toBe(false); // none of these is a notice, a credit or a byline
    expect(ms).toBeLessThan(1_000);
    expect(mb).toBeLessThan(64); // MB of heap
  });

  it('answers at once for every exported rule', () => {
    const { ms, mb } = timed(() => HOSTILE_LINES.forEach(([, line]) => { isInsert(line); isPageChrome(line); }));
    expect(ms).toBeLessThan(1_500);
    expect(mb).toBeLessThan(64); // MB of heap
  });

  it('still reads short noise and a long insert line as before', () => {
    expect(isNoise('Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik.')).toBe(true);
    expect(isNoise('paul.takahashi@chron.com')).toBe(true);
    expect(isNoise('Vladimir Putin and Alexander Lukashenko (Sputnik/Reuters)')).toBe(true);
    expect(isNoise('Advertisement...')).toBe(true);
    // Teaser tags mark a line as an insert whatever its length.
    const teasers = `${'Putin says talks will go on [VIDEO] '.repeat(200)}Kyiv answers [INSIGHT]`;
    expect(isNoise(teasers)).toBe(true);
  });

  it('keeps a long paragraph of reporting', () => {
    const paragraph = 'Officials in Minsk said on Tuesday that no Belarusian troops would cross the border, according to a statement. '.repeat(40);
    const { result, ms, mb } = timed(() => isNoise(paragraph));
    expect(result).toBe(false);
    expect(ms).toBeLessThan(500);
    expect(mb).toBeLessThan(64); // MB of heap
  });
});
