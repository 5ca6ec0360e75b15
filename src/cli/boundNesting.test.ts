import { describe, expect, it } from 'vitest';
import { boundNesting } from './boundNesting';
import { parseHtml } from './html';

const LEAD = 'Alexander Lukashenko said on Monday that Belarus would not send troops to Ukraine.';

function deepestElement(doc: Document): number {
  let deepest = 0;
  const stack: [Element, number][] = [[doc.documentElement, 1]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return deepest;
}

describe('boundNesting', () => {
  it('leaves an ordinary page as it was, with end tags HTML lets one omit', () => {
    // 600 <li> and 600 <p> without end tags are siblings, not 1,200 levels of nesting.
    const items = Array.from({ length: 600 }, (_, i) => `<li>Report ${i} from Minsk`).join('\n');
    const paragraphs = Array.from({ length: 600 }, (_, i) => `<p>Paragraph ${i} about the Kremlin`).join('\n');
    const page = `<!DOCTYPE html><html><head><title>Minsk</title><script>var s = "${'<div>'.repeat(500)}";</script></head>` +
      `<body><!-- ${'<div>'.repeat(500)} --><article><p>${LEAD}</p><ul>${items}</ul>${paragraphs}` +
      `<svg>${'<path d="M0 0"/>'.repeat(500)}</svg><br/><img src="a.jpg"></article></body></html>`;
    const bounded = boundNesting(page);
    expect(bounded.dropped).toBe(0);
    expect(bounded.html).toBe(page);
  });

  it('cuts 100,000 nested divs to a shallow tree and keeps every paragraph of text', () => {
    const n = 100_000;
    const page = `<html><body><article><h1>Putin visits Minsk</h1><p>${LEAD}</p>` +
      `${'<div>'.repeat(n)}<p>The Kremlin said the talks would cover gas prices.</p>${'</div>'.repeat(n)}` +
      `<p>Ukraine's border guards reported no movement.</p></article></body></html>`;
    const started = performance.now();
    const bounded = boundNesting(page);
    const doc = parseHtml(bounded.html, 'https://example.org/minsk');
    expect(performance.now() - started).toBeLessThan(3000);
    expect(bounded.dropped).toBeGreaterThan(190_000);
    expect(deepestElement(doc)).toBeLessThanOrEqual(130);
    const text = doc.body.textContent ?? '';
    expect(text).toContain(LEAD);
    expect(text).toContain('The Kremlin said the talks would cover gas prices.');
    expect(text).toContain("Ukraine's border guards reported no movement.");
    // The dropped run of block tags reads as one line break, not 200,000.
    expect(bounded.html.length).toBeLessThan(page.length / 100);
  });

  it('stays linear on markup made of "<" with no ">" and on unclosed raw text', () => {
    const started = performance.now();
    expect(boundNesting(`<p>${'<a'.repeat(200_000)}`).dropped).toBe(0);
    expect(boundNesting(`${'<script>'.repeat(50_000)}x`).dropped).toBe(0);
    expect(boundNesting(`${'</span>'.repeat(100_000)}`).dropped).toBe(0);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('does not let self-closing HTML tags hide nesting (the parser ignores the slash)', () => {
    expect(boundNesting(`<body>${'<div/>'.repeat(1000)}Minsk</body>`, 128).dropped).toBeGreaterThan(800);
  });

  it('bounds the parsed tree on markup built to slip past it (random mixes of tricky tags)', () => {
    // Whatever the mix, the parser must never nest deeper than the limit, plus <html> and one
    // raw-text element: the scan and the parser agree on comments, raw text, implied end tags
    // and when a slash closes a tag (only in svg or math, not in their HTML islands).
    const pieces = ['<div>', '</div>', '<div/>', '<p>', '</p>', '<li>', '<span>', '</span>', '<svg>', '</svg>',
      '<math>', '<mi>', '</mi>', '<foreignObject>', '<title>', '</title>', '<title/>', '<script/>', '<script>',
      '</script>', '<textarea/>', '<!-->', '<!--', '-->', '<!x>', '<br/>', '</br>', '<table>', '<td>', '<tr>',
      '<b>', '</b>', 'Minsk ', '<', '>', '"', '<a href="x>y">', '<path d="M0"/>'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 150; round += 1) {
      const html = Array.from({ length: 2500 }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const doc = parseHtml(boundNesting(html, 32).html, 'https://example.org/');
      expect(deepestElement(doc), html.slice(0, 200)).toBeLessThanOrEqual(32 + 2);
    }
  });
});
