import { describe, expect, test } from 'vitest';
import { seedRaw as seedText } from '../../tests/support/seeds';
import { parseHtml } from '../cli/html';
import { analyzeDocument, analyzeExtracted, analyzeText } from './pipeline';


/** A news page as a site would serve it, around the paragraphs of a seed text. */
function newsPage(text: string, meta: { canonical: string; published: string }): string {
  const [title = '', ...paragraphs] = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="en"><head><title>${escape(title)}</title>
<link rel="canonical" href="${meta.canonical}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="${meta.published}">
</head><body><article><h1>${escape(title)}</h1>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article></body></html>`;
}

describe('pipeline', () => {
  const seed4 = seedText('004_061d1f42c0d59b28.txt');

  test('plain text: the first line is the title, the given date and URL are kept', () => {
    const analyzed = analyzeText(seed4, { url: 'https://www.infobae.com/en/putin-belarus', publishedAt: '2022-12-19' });
    expect(analyzed.article.title).toMatch(/^Putin arrived in Belarus/);
    expect(analyzed.article.url).toBe('https://www.infobae.com/en/putin-belarus');
    expect(analyzed.article.publishedAt).toBe('2022-12-19');
    expect(analyzed.detection.relevant).toBe(true);
    expect(analyzed.detection.countries).toContain('BY');
    expect(analyzed.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['country:BY']));
  });

  test('a page: canonical URL and publication date come from its metadata', () => {
    const html = newsPage(seed4, { canonical: 'https://www.infobae.com/en/2022/12/19/putin-belarus/', published: '2022-12-19T14:05:00Z' });
    const analyzed = analyzeDocument(parseHtml(html, 'https://www.infobae.com/en/x?ref=feed'), 'https://www.infobae.com/en/x?ref=feed');
    expect(analyzed.article.url).toBe('https://www.infobae.com/en/2022/12/19/putin-belarus/');
    expect(analyzed.article.publishedAt).toMatch(/^2022-12-19/);
    expect(analyzed.detection.isArticle).toBe(true);
    expect(analyzed.detection.relevant).toBe(true);
    expect(analyzed.statements.length).toBeGreaterThan(0);
  });

  test('overrides win over the page metadata', () => {
    const html = newsPage(seed4, { canonical: 'https://www.infobae.com/en/a', published: '2023-01-01' });
    const url = 'file:///tmp/saved-page.html';
    const analyzed = analyzeDocument(parseHtml(html, url), url, { url: 'https://mirror.example/b', publishedAt: '2022-12-19' });
    expect(analyzed.article.url).toBe('https://mirror.example/b');
    expect(analyzed.article.publishedAt).toBe('2022-12-19');
  });

  test('re-analysis of a stored article keeps the stored detection', () => {
    const first = analyzeText(seed4, { url: 'https://www.infobae.com/en/a', publishedAt: '2022-12-19' });
    const again = analyzeExtracted(first.article, first.detection);
    expect(again).toEqual(first);
  });
});
