import { collapseWhitespace } from '../text';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements that start a new paragraph of the plain text. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'figure', 'table', 'tr',
  'hr', 'address', 'details', 'summary',
]);

/** Not the article's words: captions (mostly credits), scripts, embedded media, controls. */
const SKIPPED = new Set([
  'figcaption', 'script', 'style', 'noscript', 'template', 'svg', 'button', 'iframe', 'video',
  'audio', 'canvas', 'select', 'input', 'textarea', 'nav',
]);

/** One paragraph of the content, and how much of it is link text (a teaser is all link). */
export interface TextBlock {
  text: string;
  linkShare: number;
}

/**
 * The text of an element as blocks: one per block element (p, h2-h4, li, blockquote ...), and
 * a <br> breaks a paragraph too. Inline markup joins its words without adding spaces.
 */
export function blocksOf(root: Node): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buffer = '';
  let linked = 0;
  const flush = () => {
    const text = collapseWhitespace(buffer);
    if (text) blocks.push({ text, linkShare: Math.min(1, linked / Math.max(1, buffer.replace(/\s+/gu, '').length)) });
    buffer = '';
    linked = 0;
  };
  const walk = (node: Node, inLink: boolean) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        const text = child.textContent ?? '';
        buffer += text;
        if (inLink) linked += text.replace(/\s+/gu, '').length;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child as Element).localName.toLowerCase();
      if (SKIPPED.has(tag)) continue;
      if (tag === 'br') {
        flush();
      } else if (tag === 'td' || tag === 'th') {
        // a table row reads as one line, its cells apart
        buffer += ' ';
        walk(child, inLink);
        buffer += ' ';
      } else if (BLOCKS.has(tag)) {
        flush();
        walk(child, inLink);
        flush();
      } else {
        walk(child, inLink || tag === 'a');
      }
    }
  };
  walk(root, false);
  flush();
  return blocks;
}
