import { describe, expect, it } from 'vitest';
import { findContradictions, findContradictionsWithin } from '../../src/core/match/contradictions';
import { handmade, statement } from '../../src/core/match/testing';
import type { Statement } from '../../src/core/types';
import { timed } from './timed';

// An imported article can carry any number of statements (a bundle is written by anyone).
// `check` pairs this article's claims with each related report's: 20,000 statements in one
// report took 165 s in the run.
const SPEAKERS = ['Dmitry Peskov', 'Alexander Lukashenko', 'Volodymyr Zelensky', null];

function floodOf(count: number): Statement[] {
  return Array.from({ length: count }, (_, i) => statement({
    text: `Statement ${i}: troops from Belarus ${i % 2 ? 'did not cross' : 'crossed'} into Ukraine near Chernihiv.`,
    speaker: SPEAKERS[i % 4] ?? null,
    attribution: SPEAKERS[i % 4] ? 'indirect' : 'narrative',
    polarity: i % 2 ? 'deny' : 'affirm',
    predicate: i % 3 ? 'attack' : 'send_troops',
    subject: 'Belarus',
    target: 'Ukraine',
    date: `2022-02-${String(20 + (i % 8)).padStart(2, '0')}`,
  }));
}

const denial = () => handmade('https://ru.test/denial', 'ru', '2022-03-02', [statement({
  text: '«Мы не собираемся ни на кого нападать», — заявил Лукашенко.',
  speaker: 'Alexander Lukashenko', attribution: 'direct', polarity: 'deny', modality: 'intention',
  predicate: 'attack', subject: 'Belarus', target: 'Ukraine',
}), statement({
  text: 'Белорусские войска не пересекали границу Украины.', polarity: 'deny', predicate: 'send_troops', subject: 'Belarus', target: 'Ukraine', date: '2022-02-24',
})]);

describe('contradictions against a flooded report', () => {
  it('checks an article against a report of 20,000 statements within the bound', () => {
    const flood = handmade('https://flood.test/20000', 'en', '2022-03-01', floodOf(20_000));
    const { result, ms, mb } = timed(() => findContradictions(denial(), [flood]));
    expect(ms).toBeLessThan(10_000);
    expect(mb).toBeLessThan(256); // MB of heap
    // Each of this article's claims is answered once, by the flooded report's best counterpart.
    expect(result.length).toBeGreaterThan(0);
    expect(result.length).toBeLessThanOrEqual(20);
    expect(result.every((c) => c.other.url === 'https://flood.test/20000')).toBe(true);
  });

  it('finds conflicts inside one article of 2,000 statements (the cap) within the bound', () => {
    const flood = handmade('https://flood.test/2000', 'en', '2022-03-01', floodOf(2_000));
    const { result, ms, mb } = timed(() => findContradictionsWithin(flood));
    expect(ms).toBeLessThan(20_000);
    expect(mb).toBeLessThan(256); // MB of heap
    expect(result.length).toBeGreaterThan(0);
    expect(result.length).toBeLessThanOrEqual(20);
  });
});
