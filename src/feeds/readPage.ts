import { detectPage } from '../core/detect';
import { extractArticle } from '../core/extract';
import { capArticle } from '../core/limits';
import type { Detection, ExtractedArticle } from '../core/types';

/** What a feed item's page holds, read as a saved article is: the detector's verdict and the extracted article. */
export interface PageReading {
  detection: Detection;
  /** Null when the page is no article, or off topic and the feed keeps topical articles only: not extracted. */
  article: ExtractedArticle | null;
}

/** Reads a fetched page's HTML: in a document with a DOM here, or handed to one (the offscreen document). */
export type ReadPage = (html: string, url: string, keepAll: boolean) => Promise<PageReading>;

/**
 * Stages 1 and 2 of the pipeline on a fetched page, in a context with a DOM. DOMParser makes an
 * inert document (no script runs, nothing loads); a <base> gives relative links the page's
 * own address, as the live page would have.
 */
export function readPageIn(parse: (html: string) => Document): ReadPage {
  return async (html, url, keepAll) => {
    const doc = parse(html);
    if (!doc.querySelector('base[href]') && doc.head) {
      const base = doc.createElement('base');
      base.setAttribute('href', url);
      doc.head.prepend(base);
    }
    const detection = detectPage(doc, url);
    // Cheapest first, as a saved page: what will not be kept is not extracted.
    if (!detection.isArticle || (!keepAll && !detection.relevant)) return { detection, article: null };
    return { detection, article: capArticle(extractArticle(doc, url)) };
  };
}
