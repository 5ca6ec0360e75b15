import { describe, expect, it } from 'vitest';
import type { ReportedPair } from '../../bench/backstoryRun';
import { pairMatches } from '../../bench/pairMatch';

// The benchmark's rule for "this reported pair is that labelled contradiction".
const reported = (queryText: string, otherText: string): ReportedPair => ({
  kind: 'numbers_disagree',
  query: { article: 'ru-1', text: queryText, speaker: null },
  other: { article: 'en-1', text: otherText, speaker: 'Ales Bialiatski' },
});

const police = { article: 'ru-1', quote: 'около 31 тысячи человек' };
const lead = {
  article: 'en-1',
  quote: 'more than 100,000 demonstrators demand the President quit',
  also: ['the demonstration in Minsk attracted more than 100,000 people'],
};

describe('pairMatches', () => {
  it('takes a statement that quotes the labelled span, punctuation and case aside', () => {
    const pair = reported('Общее количество участников составило около 31 тысячи человек.', 'More than 100,000 demonstrators demand the President quit.');
    expect(pairMatches(pair, police, lead)).toBe(true);
  });

  it('takes the same claim stated again elsewhere in the article when the label lists it', () => {
    const pair = reported('Общее количество участников составило около 31 тысячи человек.', 'He said the demonstration in Minsk attracted more than 100,000 people.');
    expect(pairMatches(pair, police, lead)).toBe(true);
    expect(pairMatches(pair, police, { ...lead, also: [] })).toBe(false);
  });

  it('never takes a sentence of the article that the label does not name', () => {
    const pair = reported('Общее количество участников составило около 31 тысячи человек.', 'Security forces blockaded the city centre.');
    expect(pairMatches(pair, police, lead)).toBe(false);
  });

  it('takes a statement holding the claim a label quotes with its attribution after it', () => {
    const side = { article: 'en-1', quote: 'was captured with the help of aerial support, the Russian defence ministry said' };
    const pair = reported('Общее количество участников составило около 31 тысячи человек.', 'The village of Blahodatne, which is about five kilometres north of Bakhmut, was captured with the help of aerial support');
    expect(pairMatches(pair, police, side)).toBe(true);
    const other = reported('Общее количество участников составило около 31 тысячи человек.', 'The Russian defence ministry said its air defences shot down eight drones');
    expect(pairMatches(other, police, side)).toBe(false);
  });

  it('and with its attribution before it', () => {
    const side = { article: 'en-1', quote: 'Ukraine’s military said its forces drove back an assault in the eastern Donetsk region' };
    const pair = reported('около 31 тысячи человек', 'its forces drove back an assault in the eastern Donetsk region after Wagner said it took control of the village.');
    expect(pairMatches(pair, police, side)).toBe(true);
    expect(pairMatches(reported('около 31 тысячи человек', 'the eastern Donetsk region saw no fighting on Sunday'), police, side)).toBe(false);
  });

  it('matches either order of the two articles', () => {
    const pair = reported('Общее количество участников составило около 31 тысячи человек.', 'the demonstration in Minsk attracted more than 100,000 people');
    expect(pairMatches(pair, lead, police)).toBe(true);
  });
});
