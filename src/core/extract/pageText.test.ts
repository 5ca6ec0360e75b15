import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../cli/html';
import { textAround, titleInText } from './pageText';

const PAGE = `<html><body>
  <nav><ul>
      <li>Ser\u00advice</li>
      <li>Kon\u00adtakt</li>
  </ul></nav>
  <script>var tracking = "not text";</script>
  <h1>Troops arrive in Belarus</h1>
  <p class="byline">By Anna Kovalenko · 8 November 2023</p>
</body></html>`;

describe('the page text around the headline', () => {
  const doc = parseHtml(PAGE, 'https://news.example/troops');
  const headline = doc.querySelector('h1');
  const page = textAround(doc, headline);

  test('reads as a reader sees it: whitespace collapsed, soft hyphens and scripts gone', () => {
    expect(page.text.trim()).toBe('Service Kontakt Troops arrive in Belarus By Anna Kovalenko · 8 November 2023');
  });

  test('knows where the headline is and which node each character came from', () => {
    expect(page.text.slice(page.start, page.end).trim()).toBe('Troops arrive in Belarus');
    const dateAt = page.text.indexOf('8 November');
    expect(page.nodeAt(dateAt)?.parentElement?.className).toBe('byline');
    expect(page.startOf.get(doc.querySelector('p.byline')!)).toBe(page.text.indexOf('By Anna'));
  });

  test('finds a title printed outside any heading, and reports -1 when it is absent', () => {
    expect(titleInText(doc, 'troops ARRIVE in belarus').start).toBe(page.start);
    expect(titleInText(doc, 'Talks resume in Istanbul').start).toBe(-1);
  });
});
