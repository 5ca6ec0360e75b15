import { collapseWhitespace } from '../text';
/**
 * A cheap look at a page's prose, in the spirit of Readability's isProbablyReaderable but
 * telling an article (one block of paragraphs) from a section front (many short teasers).
 * Reads the DOM only; never changes it.
 */
export interface ProseShape {
  /** Prose paragraphs in document order, whitespace collapsed. */
  paragraphs: string[];
  /** Words in the one container holding the most prose: the article body, if any. */
  containerWords: number;
  /** <article> elements, and headings that are links: a listing page has many of both. */
  articleElements: number;
  linkedHeadings: number;
}

const MIN_PROSE_WORDS = 12;
const MAX_LINK_SHARE = 0.5;
const CHROME = 'nav, header, footer, aside, form, figcaption, [role="navigation"], [role="contentinfo"]';

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function linkShare(element: Element, textLength: number): number {
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += (link.textContent ?? '').length;
  return textLength === 0 ? 1 : linked / textLength;
}

/** The paragraph's container; a wrapper holding just this paragraph does not count as one. */
function containerOf(paragraph: Element): Element | null {
  const parent = paragraph.parentElement;
  if (parent && parent.children.length === 1 && parent.parentElement) return parent.parentElement;
  return parent;
}

export function readProse(doc: Document): ProseShape {
  const paragraphs: string[] = [];
  const wordsByContainer = new Map<Element, number>();
  for (const element of doc.querySelectorAll('p, pre')) {
    if (element.closest(CHROME)) continue;
    const text = collapseWhitespace(element.textContent ?? '');
    const words = countWords(text);
    if (words < MIN_PROSE_WORDS || linkShare(element, text.length) > MAX_LINK_SHARE) continue;
    paragraphs.push(text);
    const container = containerOf(element);
    if (container) wordsByContainer.set(container, (wordsByContainer.get(container) ?? 0) + words);
  }
  return {
    paragraphs,
    containerWords: Math.max(0, ...wordsByContainer.values()),
    articleElements: doc.querySelectorAll('article').length,
    linkedHeadings: doc.querySelectorAll('h1 a, h2 a, h3 a, h4 a, a h2, a h3, a h4').length,
  };
}
