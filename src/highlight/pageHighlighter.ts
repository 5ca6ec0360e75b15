import { findStatement, foldTexts } from './locateText';
import { ACTIVE_HIGHLIGHT_NAME, HIGHLIGHT_NAME } from './protocol';

// Runs in the page (the highlighter content script). Highlights go through the CSS Custom
// Highlight API (Chromium 105, Firefox 140): ranges painted by the browser, no element added,
// so the page's layout and its own scripts are untouched.

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION']);

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}
type HighlightConstructor = new (...ranges: Range[]) => unknown;

function registry(): { highlights: HighlightRegistry; Highlight: HighlightConstructor } | null {
  const highlights = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const Highlight = (globalThis as unknown as { Highlight?: HighlightConstructor }).Highlight;
  return highlights && Highlight ? { highlights, Highlight } : null;
}

function pageTextNodes(root: Node): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (SKIPPED.has(node.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

export class PageHighlighter {
  private ranges = new Map<string, Range>();

  get supported(): boolean {
    return registry() !== null;
  }

  /** Highlights each statement found in the page; returns the keys of those found. */
  highlight(statements: Array<{ key: string; text: string }>): string[] {
    this.clear();
    const nodes = pageTextNodes(document.body);
    const folded = foldTexts(nodes.map((node) => node.data));
    for (const { key, text } of statements) {
      const found = findStatement(folded, text);
      if (!found) continue;
      const range = document.createRange();
      range.setStart(nodes[found.start.node]!, found.start.offset);
      range.setEnd(nodes[found.end.node]!, found.end.offset);
      this.ranges.set(key, range);
    }
    const api = registry();
    if (api && this.ranges.size > 0) api.highlights.set(HIGHLIGHT_NAME, new api.Highlight(...this.ranges.values()));
    return [...this.ranges.keys()];
  }

  /** Brings a statement into view and marks it as the one the reader asked for. */
  scrollTo(key: string): void {
    const range = this.ranges.get(key);
    if (!range) return;
    const api = registry();
    if (api) api.highlights.set(ACTIVE_HIGHLIGHT_NAME, new api.Highlight(range));
    // By the statement's own box, not its element's: an article may be one tall element.
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const top = range.getBoundingClientRect().top;
    window.scrollBy({ top: top - window.innerHeight / 3, behavior: reduced ? 'auto' : 'smooth' });
  }

  /** The statement drawn under a point of the page, if any. */
  keyAt(x: number, y: number): string | null {
    for (const [key, range] of this.ranges) {
      for (const rect of range.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return key;
      }
    }
    return null;
  }

  clear(): void {
    const api = registry();
    api?.highlights.delete(HIGHLIGHT_NAME);
    api?.highlights.delete(ACTIVE_HIGHLIGHT_NAME);
    this.ranges.clear();
  }
}
