import { collapseWhitespace } from '../detect/readProse';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements that start a new paragraph of the plain text. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'figure', 'table', 'tr', 'td', 'th',
  'hr', 'address', 'details', 'summary',
]);

/** Not the article's words: captions (mostly credits), scripts, embedded media, controls. */
const SKIPPED = new Set([
  'figcaption', 'script', 'style', 'noscript', 'template', 'svg', 'button', 'iframe', 'video',
  'audio', 'canvas', 'select', 'input', 'textarea', 'nav',
]);

/**
 * The text of an element as paragraphs: one per block element (p, h2-h4, li, blockquote ...),
 * and a <br> breaks a paragraph too. Inline markup joins its words without adding spaces.
 */
export function paragraphsOf(root: Node): string[] {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = () => {
    const text = collapseWhitespace(buffer);
    if (text) paragraphs.push(text);
    buffer = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        buffer += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child as Element).localName.toLowerCase();
      if (SKIPPED.has(tag)) continue;
      if (tag === 'br') {
        flush();
      } else if (BLOCKS.has(tag)) {
        flush();
        walk(child);
        flush();
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  flush();
  return paragraphs;
}
