import { analyzeArticle } from './analyze';
import { detectPage, detectText } from './detect';
import { articleFromPlainText, extractArticle } from './extract';
import type { AnalyzedArticle, Detection, ExtractedArticle } from './types';

/** Metadata the caller knows better than the page: a given value wins over what was read. */
export interface ArticleOverrides {
  url?: string;
  publishedAt?: string | null;
}

/** Stage 3 on an article already extracted and detected (a save, an import, a re-analysis). */
export function analyzeExtracted(article: ExtractedArticle, detection: Detection): AnalyzedArticle {
  return { article, detection, ...analyzeArticle(article) };
}

/** Detect, extract and analyse a page. */
export function analyzeDocument(
  doc: Document,
  url: string,
  overrides: ArticleOverrides = {},
): AnalyzedArticle {
  const detection = detectPage(doc, url);
  const extracted = extractArticle(doc, url);
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
  const article = articleFromPlainText(text, { url: meta.url, publishedAt: meta.publishedAt ?? null });
  return analyzeExtracted(article, detectText(article.title, article.text));
}
