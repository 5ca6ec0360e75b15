import { describe, expect, test } from 'vitest';
import type { Contradiction, ExtractedArticle, RelatedReport } from '@/src/core/types';
import { summarizeGlance } from './glance';

const article: ExtractedArticle = {
  url: 'https://www.infobae.com/en/2022/12/19/putin-arrived-in-belarus/', title: 'Putin arrived in Belarus', byline: null,
  siteName: 'Infobae', publishedAt: '2022-12-19T10:30:00Z', lang: 'en', text: 'Text.',
};
const report = (url: string, siteName: string | null, publishedAt: string | null, sameEvent = false): RelatedReport => ({
  url, title: `Report at ${url}`, siteName, publishedAt, score: sameEvent ? 0.3 : 0.07, sameEvent, reasons: [],
});
const tbs = report('https://www.tbsnews.net/world/putin-heads-belarus', 'The Business Standard', '2022-12-19', true);
const express = report('https://www.express.co.uk/news/world/1635678', null, '2022-07-02');
const svaboda = report('https://www.svaboda.org/a/32182000.html', 'Радыё Свабода', '2023-01-13');
const undated = report('https://nashaniva.com/ru/305000', 'Наша Ніва', null);

const denial: Contradiction = {
  kind: 'denial_vs_report', score: 0.8,
  statement: { text: 'Belarus allowed its territory to be used as a launching pad', speaker: null },
  other: { text: 'We categorically do not accept any war.', speaker: 'Alexander Lukashenko', url: express.url, title: express.title, publishedAt: express.publishedAt },
  explanation: 'Alexander Lukashenko denies that Belarus takes part in the war.',
};

describe('at a glance', () => {
  test('counts related reports, those of the same event, and contradicted statements', () => {
    const glance = summarizeGlance({ article, related: [tbs, express, svaboda], contradictions: [denial, { ...denial, score: 0.5 }] });
    expect([glance.related, glance.sameEvent, glance.contradicted]).toEqual([3, 1, 1]);
  });

  test('names the other outlets once each, by site name or else by domain, never this article’s own', () => {
    const own = report('https://www.infobae.com/en/2022/12/18/earlier/', 'Infobae', '2022-12-18');
    const glance = summarizeGlance({ article, related: [tbs, express, own, { ...tbs, url: `${tbs.url}?amp` }], contradictions: [] });
    expect(glance.outlets).toEqual(['The Business Standard', 'express.co.uk']);
  });

  test('lists languages by name, this article’s first, each once', () => {
    const langs: Record<string, string> = { [svaboda.url]: 'be', [undated.url]: 'ru', [tbs.url]: 'en' };
    const glance = summarizeGlance({ article, related: [tbs, svaboda, undated], contradictions: [], langOf: (url) => langs[url] ?? null });
    expect(glance.languages).toEqual(['English', 'Belarusian', 'Russian']);
  });

  test('places dated reports and this article on the story’s span, earliest at the left', () => {
    const { timeline } = summarizeGlance({ article, related: [svaboda, tbs, express, undated], contradictions: [] });
    expect(timeline!.first).toBe('2022-07-02');
    expect(timeline!.last).toBe('2023-01-13');
    expect(timeline!.marks.map((mark) => mark.day)).toEqual(['2022-07-02', '2022-12-19', '2023-01-13']);
    expect(timeline!.marks[0]!.at).toBe(0);
    expect(timeline!.marks[2]!.at).toBe(1);
    // 19 Dec 2022 is 170 of the 195 days from 2 Jul 2022 to 13 Jan 2023.
    expect(timeline!.self).toBeCloseTo(170 / 195, 3);
    expect(timeline!.marks[1]!.sameEvent).toBe(true);
    expect(timeline!.marks[1]!.label).toBe('The Business Standard, 19 Dec 2022: Report at https://www.tbsnews.net/world/putin-heads-belarus');
  });

  test('a report only seen through a contradiction is on the timeline too', () => {
    const { timeline, outlets } = summarizeGlance({ article, related: [], contradictions: [denial] });
    expect(timeline!.marks.map((mark) => mark.day)).toEqual(['2022-07-02']);
    expect(outlets).toEqual(['express.co.uk']);
  });

  test('with no dated report there is no timeline; an undated article has no place on one', () => {
    expect(summarizeGlance({ article, related: [undated], contradictions: [] }).timeline).toBeNull();
    const { timeline } = summarizeGlance({ article: { ...article, publishedAt: null }, related: [express], contradictions: [] });
    expect(timeline!.self).toBeNull();
    expect(timeline!.marks[0]!.at).toBe(0.5);
  });
});
