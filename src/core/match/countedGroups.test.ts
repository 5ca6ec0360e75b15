import { describe, expect, it } from 'vitest';
import { findContradictions } from './contradictions';
import { handmade, statement } from './testing';

// Numbers disagree only when they count the same people: fighters killed and civilians killed at
// one place in one week are two counts, both of which may hold. Sentences written for the test.
describe('findContradictions: the dead counted among fighters and among civilians', () => {
  const toll = (url: string, text: string, n: number, counted: string) => handmade(url, 'en', '2023-01-20', [statement({
    text, speaker: 'Officials', attribution: 'indirect', predicate: 'casualties', subject: null, target: 'Bakhmut',
    quantities: [{ min: n, max: n, unit: 'killed', text: `${n} ${counted}` }],
  })]);

  it('does not set fighters killed against civilians killed', () => {
    const fighters = toll('https://en.test/fighters', 'About 9,000 fighters have been killed near Bakhmut, a US official said.', 9000, 'fighters');
    const civilians = toll('https://en.test/civilians', 'Five civilians were killed in Bakhmut on Friday, the governor said.', 5, 'civilians');
    expect(findContradictions(civilians, [fighters])).toEqual([]);
  });

  it('still sets two counts of civilians against each other', () => {
    const one = toll('https://en.test/one', 'Five civilians were killed in Bakhmut on Friday, the governor said.', 5, 'civilians');
    const other = toll('https://en.test/other', 'Thirty civilians were killed in Bakhmut on Friday, Kyiv said.', 30, 'civilians');
    expect(findContradictions(one, [other]).map((c) => c.kind)).toEqual(['numbers_disagree']);
  });
});
