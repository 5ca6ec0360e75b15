import { collapseWhitespace } from '../text';
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);
/** How far past the headline the walk goes: the dateline and byline sit within this. */
const CHARS_AFTER_HEADLINE = 500;
const MAX_PAGE_CHARS = 100_000;
const MIN_TITLE_CHARS = 10;

/**
 * The page's visible text as one string, whitespace collapsed as a reader sees it (so distances
 * count visible characters), with where the headline starts and ends in it (-1 when not found)
 * and where each element's text starts.
 */
export interface PageText {
  text: string;
  start: number;
  end: number;
  /** Offset in `text` where each walked element's text starts. */
  startOf: Map<Element, number>;
  /** The text node the character at `index` came from. */
  nodeAt(index: number): Node | null;
}

/** The page's text in document order, up to shortly after the headline when one is given. */
export function textAround(doc: Document, headline: Element | null): PageText {
  let text = '';
  let start = -1;
  let end = -1;
  const startOf = new Map<Element, number>();
  const offsets: number[] = [];
  const nodes: Node[] = [];
  const walk = (node: Node): boolean => {
    for (const child of Array.from(node.childNodes)) {
      if ((end >= 0 && text.length > end + CHARS_AFTER_HEADLINE) || text.length > MAX_PAGE_CHARS) return true;
      if (child.nodeType === TEXT_NODE) {
        const chunk = (child.textContent ?? '').replace(/\u00ad/gu, '').replace(/\s+/gu, ' ');
        offsets.push(text.length);
        nodes.push(child);
        text += text.endsWith(' ') ? chunk.trimStart() : chunk;
        if (!text.endsWith(' ')) text += ' ';
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE || INVISIBLE.has((child as Element).localName.toLowerCase())) continue;
      startOf.set(child as Element, text.length);
      if (child === headline) {
        start = text.length;
        walk(child);
        end = text.length;
        continue;
      }
      if (walk(child)) return true;
    }
    return false;
  };
  walk(doc.body ?? doc.documentElement);
  const nodeAt = (index: number): Node | null => {
    let low = 0;
    let high = offsets.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (offsets[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return offsets.length && offsets[low]! <= index ? nodes[low]! : null;
  };
  return { text, start, end, startOf, nodeAt };
}

/** Where the title is printed in the page's text when no heading holds it exactly (forums, old blogs). */
export function titleInText(doc: Document, title: string): PageText {
  const page = textAround(doc, null);
  const needle = collapseWhitespace(title);
  const pattern = new RegExp(needle.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('\\s+'), 'iu');
  const match = needle.length >= MIN_TITLE_CHARS ? pattern.exec(page.text) : null;
  return match ? { ...page, start: match.index, end: match.index + match[0].length } : page;
}
