import { parseHTML } from 'linkedom';

/**
 * Parses HTML into a DOM Document in Node (command line, tests, benchmarks). The core stages
 * take any Document, so the same code runs on this and on a live page.
 */
export function parseHtml(html: string, url: string): Document {
  const { document } = parseHTML(html);
  // linkedom has no URL for the document; Readability and the metadata reader resolve
  // relative links against documentURI / baseURI, so give it the page's address.
  for (const key of ['documentURI', 'URL', 'baseURI'] as const) {
    try {
      Object.defineProperty(document, key, { value: url, configurable: true });
    } catch {
      // a read-only accessor on this DOM: relative links stay relative
    }
  }
  return document as unknown as Document;
}
