import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analyze/analyzeArticle';
import { writtenReport } from './testing';
import { findContradictions, findContradictionsWithin } from './contradictions';

// "Only military targets were hit" against civilians killed the same day: the most repeated
// exchange of this war's strike reporting. Sentences written for the test.
const report = writtenReport;
const kinds = (a: [string, string, string], b: [string, string, string]) =>
  findContradictions(report('https://b.test/2', ...b), [report('https://a.test/1', ...a)]).map((c) => c.kind);

const harm = ['uk', '2022-10-10', 'Українські посадовці повідомили, що ракети влучили в житлові будинки в Києві, загинули 20 мирних жителів.'] as [string, string, string];

describe('a strike said to hit only military targets, against civilians hit', () => {
  it.each([
    ['en', 'Russia’s defence ministry said its forces had struck only military targets.'],
    ['ru', 'Минобороны России заявило, что удары наносились только по военным объектам.'],
    ['ru', 'Песков заявил, что российские войска наносят удары исключительно по военной инфраструктуре.'],
  ])('%s: %s', (lang, text) => {
    expect(kinds([lang, '2022-10-10', text], harm)).toEqual(['opposing_claims']);
  });

  it('explains it in one sentence, quoting the report', () => {
    const article = { url: 'https://a.test/1', title: '', byline: null, siteName: null, publishedAt: '2022-10-10', lang: 'en',
      text: 'Russia’s defence ministry said its forces had struck only military targets. Ukrainian officials said the missiles hit apartment blocks in Kyiv, killing 20 civilians.' };
    const [found] = findContradictionsWithin({ article, analysis: analyzeArticle(article) });
    expect(found?.kind).toBe('opposing_claims');
    expect(found?.explanation).toMatch(/^Russian Defence Ministry says its strikes hit only military targets; .+ says “the missiles hit apartment blocks in Kyiv/u);
  });

  it('leaves a strike account without "only", another city, another week, and harm the report lays on the other side', () => {
    const plain = ['ru', '2022-10-10', 'Минобороны России заявило, что удары наносились по военным объектам.'] as [string, string, string];
    expect(kinds(plain, harm)).toEqual([]);
    expect(kinds(['ru', '2022-10-10', 'Минобороны России заявило, что удары по Одессе наносились только по военным объектам.'], harm)).toEqual([]);
    expect(kinds(['ru', '2022-10-03', 'Минобороны России заявило, что удары наносились только по военным объектам.'], harm)).toEqual([]);
    const airDefence = ['en', '2022-10-10', 'Russian officials said a Ukrainian air-defence missile hit a residential building in Kyiv, killing two civilians.'] as [string, string, string];
    expect(kinds(['ru', '2022-10-10', 'Минобороны России заявило, что удары наносились только по военным объектам.'], airDefence)).toEqual([]);
  });
});
