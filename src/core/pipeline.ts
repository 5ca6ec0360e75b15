import { analyzeArticle } from './analyze';
import { detectPage, detectText } from './detect';
import { articleFromPlainText, extractArticle } from './extract';
import { sameSite } from './extract/siteKey';
import { capArticle, capStatements, cutText, MAX_TEXT_CHARS, MAX_TITLE_CHARS } from './limits';
import type { AnalyzedArticle, Detection, ExtractedArticle } from './types';

/** Metadata the caller knows better than the page: a given value wins over what was read. */
export interface ArticleOverrides {
  url?: string;
  publishedAt?: string | null;
}

/**
 * Stage 3 on an article already extracted and detected (a save, an import, a re-analysis).
 * Whatever its source, the article is read within the caps of limits.ts, and marked truncated
 * when it did not fit.
 */
export function analyzeExtracted(extracted: ExtractedArticle, detection: Detection): AnalyzedArticle {
  const article = capArticle(extracted);
  const analysis = analyzeArticle(article);
  const capped = capStatements(analysis);
  if (capped) return { article: { ...article, truncated: true }, detection, ...capped };
  return { article, detection, ...analysis };
}

/** Detect, extract and analyse a page. */
export function analyzeDocument(
  doc: Document,
  url: string,
  overrides: ArticleOverrides = {},
): AnalyzedArticle {
  const detection = detectPage(doc, url);
  // A canonical link on another site by the public suffix list is not believed.
  const extracted = extractArticle(doc, url, { sameSite });
  const article: ExtractedArticle = {
    ...extracted,
    url: overrides.url ?? extracted.url,
    publishedAt: overrides.publishedAt ?? extracted.publishedAt,
  };
  return analyzeExtracted(article, detection);
}

/** Detect and analyse plain text whose first non-empty line is the title. */
export function analyzeText(
  text: string,
  meta: { url: string; publishedAt?: string | null },
): AnalyzedArticle {
  // The raw text holds a title and lines of chrome besides the article: cut with room for them.
  const bounded = cutText(text, MAX_TEXT_CHARS + MAX_TITLE_CHARS);
  const read = capArticle(articleFromPlainText(bounded, { url: meta.url, publishedAt: meta.publishedAt ?? null }));
  const article: ExtractedArticle = bounded === text ? read : { ...read, truncated: true };
  return analyzeExtracted(article, detectText(article.title, article.text));
}
