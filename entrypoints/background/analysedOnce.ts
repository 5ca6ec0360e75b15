import { contentHash } from '@/src/archive';
import { analyzeExtracted } from '@/src/core/pipeline';
import type { AnalyzedArticle, Detection, ExtractedArticle } from '@/src/core/types';

/** Pages remembered: one per tab a reader plausibly keeps open; the oldest goes first. */
const REMEMBERED = 50;
const analysed = new Map<string, AnalyzedArticle>();

/**
 * The analysis of a page's article, done once for one page as read (address, title, outlet, date, text) and verdict: a page
 * that reports itself again (location changes, history pushes, a reload of the same text) is
 * extracted to see whether it changed, but its text is not analysed again (issue 12: fifty
 * `history.pushState` calls gave fifty analyses). Held in the worker's memory only; a worker
 * started afresh analyses once more.
 */
export function analyseOnce(article: ExtractedArticle, detection: Detection): AnalyzedArticle {
  // Everything the analysis reads of the page (address, title, outlet, byline, date, language),
  // with the text by its hash.
  const key = JSON.stringify([{ ...article, text: contentHash(article.text) }, detection]);
  const known = analysed.get(key);
  if (known) {
    analysed.delete(key);
    analysed.set(key, known);
    return known;
  }
  const fresh = analyzeExtracted(article, detection);
  analysed.set(key, fresh);
  if (analysed.size > REMEMBERED) analysed.delete(analysed.keys().next().value!);
  return fresh;
}
