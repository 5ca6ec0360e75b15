import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../cli/html';
import { extractArticle } from '.';

const PARAGRAPHS = [
  'The defence ministry said on Tuesday that a new group of Russian troops had arrived at the ranges near Brest.',
  'Officials in Kyiv said they saw no sign of an imminent attack, but had moved units north as a precaution.',
  'Lukashenko has repeatedly said that Belarus will not send its army into Ukraine.',
].map((text) => `<p>${text}</p>`).join('');

function publishedAt(head: string, header: string, url = 'https://news.example/world/troops'): string | null {
  const html = `<html lang="en"><head><title>Troops arrive in Belarus</title>${head}</head><body>
    <nav><a href="/">Home</a></nav><article><header>${header}</header>${PARAGRAPHS}</article></body></html>`;
  return extractArticle(parseHtml(html, url), url).publishedAt;
}

const HEADLINE = '<h1>Troops arrive in Belarus</h1>';

describe('the publication date', () => {
  test('the day printed under the headline wins over a UTC timestamp a day later', () => {
    const head = '<meta property="article:published_time" content="2023-11-09T05:30:59Z">';
    expect(publishedAt(head, `${HEADLINE}<p class="byline">By Anna Kovalenko · November 8, 2023 at 11:30 p.m.</p>`)).toBe('2023-11-08');
  });

  test('a structured timestamp is kept whole when the printed day agrees with it', () => {
    const head = '<meta property="article:published_time" content="2023-11-07T07:30:00+01:00">';
    expect(publishedAt(head, `${HEADLINE}<p>Stand: 07.11.2023, 07:30 Uhr</p>`)).toBe('2023-11-07T07:30:00+01:00');
  });

  test('the printed day wins when another date the page states confirms it', () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-01-04T07:29:00Z","dateModified":"2022-01-06T08:29:00Z"}</script>';
    const head = `${jsonLd}<meta name="date" content="2022-01-06">`;
    expect(publishedAt(head, `${HEADLINE}<div class="info">06.01.2022</div>`)).toBe('2022-01-06');
  });

  test('an "Updated" date beside the headline is not the publication date', () => {
    const head = '<meta property="article:published_time" content="2017-04-12T18:33:59+02:00"><meta property="article:modified_time" content="2020-02-19T15:24:33+01:00">';
    expect(publishedAt(head, `${HEADLINE}<p>Updated February 19, 2020</p>`)).toBe('2017-04-12T18:33:59+02:00');
  });

  test('without metadata: the date printed beside the headline, in any of the page’s formats', () => {
    expect(publishedAt('', `<p class="kicker">Handball Schweiz • 02.02.2022</p>${HEADLINE}`)).toBe('2022-02-02');
    expect(publishedAt('', `${HEADLINE}<span>25. November 2021 16:11 Uhr</span>`)).toBe('2021-11-25');
    expect(publishedAt('', `${HEADLINE}<span>Posted 06/13/2019</span>`)).toBe('2019-06-13');
  });

  test('metadata in other dialects: a WebPage node, publication_date, an hAtom abbr', () => {
    const webPage = '<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2018-06-07T10:13:17+00:00"}]}</script>';
    expect(publishedAt(webPage, HEADLINE)).toBe('2018-06-07T10:13:17+00:00');
    expect(publishedAt('<meta name="publication_date" content="2022-02-08T14:00:00">', HEADLINE)).toBe('2022-02-08T14:00:00');
    expect(publishedAt('', `${HEADLINE}<abbr class="published" title="2020-04-28T21:11:00+02:00">21:11</abbr>`)).toBe('2020-04-28T21:11:00+02:00');
  });

  test('a post signed "by X on DATE" at its foot, as blogs and forums print it', () => {
    const footer = '<footer><p>Gespeichert von rasos am 24. Juli 2017 - 18:55</p></footer>';
    const html = `<html><head><title>Hackathon beim Sommercamp</title></head><body><div class="post"><h2>Hackathon</h2>${PARAGRAPHS}</div>${footer}</body></html>`;
    const url = 'https://blog.example/hackathon';
    expect(extractArticle(parseHtml(html, url), url).publishedAt).toBe('2017-07-24');
  });

  test('the date in the address when nothing else dates the page, and null when nothing does', () => {
    expect(publishedAt('', HEADLINE, 'https://news.example/2023/04/14/troops')).toBe('2023-04-14');
    expect(publishedAt('', HEADLINE)).toBeNull();
  });
});
