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

  test.each([
    ['a two-digit year under the headline', `${HEADLINE}<div class="uploaded-date">23.09.22</div><div class="location">Saarland</div>`, '2022-09-23'],
    ['a two-digit year in the kicker above it', `<div class="date">Kultur, 2.11.22</div>${HEADLINE}`, '2022-11-02'],
    ['a Spanish date under the headline, not the edition date of the site header', `<div class="today">Edición 06 may 2022</div>${HEADLINE}<p>05 de mayo de 2022</p>`, '2022-05-05'],
    ['the post’s time, not the member’s registration beside it', `${HEADLINE}<div class="profile">r23 · Beiträge: 1626 · Registriert: 18.09.2008, 05:56</div><p class="post-time">21.01.2009, 05:42</p>`, '2009-01-21'],
    ['a dateline above the headline, however deeply the template indents it', `<div class="kicker">Politik · 15.03.2021</div>${'\n          '.repeat(40)}<div></div>${HEADLINE}`, '2021-03-15'],
  ])('without metadata: %s', (_case, header, expected) => {
    expect(publishedAt('', header)).toBe(expected);
  });

  test('a day the story mentions in its first paragraph is not the dateline above the headline', () => {
    const dateline = '<p class="meta">Anna Kovalenko / 22.04.2020 / 06:15</p><div>Kommentare 150 · Vorlesen · Teilen · Drucken · Merken · Facebook · Twitter · E-Mail · Link kopieren</div>';
    const prose =
      '<p>The health ministry said on Tuesday that the infection rate had fallen, citing a report of 15.4.2020 in which the institute found the rate below one since mid-March, three days before the lockdown began across the country.</p>';
    expect(publishedAt('', `${dateline}${HEADLINE}${prose}`)).toBe('2020-04-22');
  });

  test('soft hyphens in the menu do not push the window past the date under the headline', () => {
    const menu = Array.from({ length: 30 }, () => '<li><a href="/service">Ser&shy;vice</a></li>').join('');
    const html = `<html><head><title>Tax law announced</title></head><body><nav><ul>${menu}</ul></nav>
      <h1>Tax law announced</h1><div class="doc-data"><span>Datum:</span> <span>18.10.2021</span></div>
      <p>1. Juli 2022: the second stage takes effect.</p>${PARAGRAPHS}</body></html>`;
    const url = 'https://agency.example/news/tax-law';
    expect(extractArticle(parseHtml(html, url), url).publishedAt).toBe('2021-10-18');
  });

  test.each([
    ['a signed closing line', '<p>So long, and thanks for all the readers.</p><p>Benni<br>10. September 2017</p>', '2017-09-10'],
    ['a date mentioned in the closing sentence', '<p>The next round of talks is planned for 5 May 2024 in Minsk, the ministry said in its statement.</p>', null],
  ])('an article that closes with %s', (_case, closing, expected) => {
    const html = `<html><head><title>Time to say goodbye</title></head><body><main><article><h1>Time to say goodbye</h1>${PARAGRAPHS}${PARAGRAPHS}${closing}</article></main></body></html>`;
    const url = 'https://blog.example/';
    expect(extractArticle(parseHtml(html, url), url).publishedAt).toBe(expected);
  });

  test.each([
    ['only a modified date: kept, the page was out by then', '<meta itemprop="dateModified" content="2019-06-13">', HEADLINE, '2019-06-13'],
    ['a printed date still wins over a modified date', '<meta itemprop="dateModified" content="2019-06-13">', `${HEADLINE}<p>Posted 12 March 2019</p>`, '2019-03-12'],
  ])('%s', (_case, head, header, expected) => {
    expect(publishedAt(head, header)).toBe(expected);
  });
});
