import { describe, expect, it } from 'vitest';
import { findContradictions } from './contradictions';
import { handmade, statement } from './testing';

// A count since the war began is a tally; one day's dead at a town is one event's count. The
// two never disagree, however far apart the numbers: 9,000 Wagner fighters killed since the
// invasion and 205 Russians killed in Bakhmut on 14 February are both true.
describe('findContradictions: a tally against one day\'s count', () => {
  const toll = (url: string, text: string, n: number, date = '2023-02-17') => handmade(url, 'en', date, [statement({
    text, speaker: 'Ukraine', attribution: 'indirect', predicate: 'casualties', subject: 'Russia', target: 'Bakhmut',
    quantities: [{ min: n, max: n, unit: 'killed', text: `${n} killed` }],
  })]);

  it('does not set a tally since the invasion against a day\'s dead', () => {
    const tally = toll('https://en.test/tally', 'Wagner has lost about 9,000 killed in action around Bakhmut since Russia’s invasion of Ukraine.', 9000);
    const day = toll('https://en.test/day', 'Russian forces lost 205 killed in Bakhmut on February 14, the Ukrainian military said.', 205, '2023-02-15');
    expect(findContradictions(day, [tally])).toEqual([]);
  });

  it('still sets two counts of one day against each other', () => {
    const day = toll('https://en.test/day', 'Russian forces lost 205 killed in Bakhmut on February 14, the Ukrainian military said.', 205, '2023-02-15');
    const other = toll('https://en.test/other', 'Russian forces lost 600 killed in Bakhmut on February 14, Kyiv said.', 600, '2023-02-15');
    expect(findContradictions(day, [other]).map((c) => c.kind)).toEqual(['numbers_disagree']);
  });
});
