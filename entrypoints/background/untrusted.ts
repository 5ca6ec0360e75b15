import type { PageArticle } from '@/src/core/extract/extractArticle';
import type { CountryCode, Detection, ExtractedArticle } from '@/src/core/types';

// What content scripts hand the background was computed inside a web page, which may be
// hostile: every field is checked before it is analysed, stored or shown.

const COUNTRIES: readonly CountryCode[] = ['RU', 'BY', 'UA'];
const MAX_TEXT = 2_000_000;
const stringOrNull = (field: unknown) => field === null || typeof field === 'string';

export function isExtractedArticle(value: unknown): value is ExtractedArticle {
  const article = value as Partial<ExtractedArticle> | null;
  return (
    !!article &&
    typeof article.url === 'string' &&
    typeof article.title === 'string' &&
    typeof article.text === 'string' &&
    article.text.length <= MAX_TEXT &&
    stringOrNull(article.byline) &&
    stringOrNull(article.siteName) &&
    stringOrNull(article.publishedAt) &&
    stringOrNull(article.lang)
  );
}

/** What the extractor hands back: an article whose language is not judged yet, and the page's declared one. */
export function isPageArticle(value: unknown): value is PageArticle {
  const article = value as Partial<PageArticle> | null;
  return isExtractedArticle(value) && article!.lang === null && stringOrNull(article!.declaredLang) && (article!.declaredLang?.length ?? 0) <= MAX_TEXT;
}

export function isDetection(value: unknown): value is Detection {
  const detection = value as Partial<Detection> | null;
  return (
    !!detection &&
    typeof detection.isArticle === 'boolean' &&
    typeof detection.relevant === 'boolean' &&
    typeof detection.score === 'number' &&
    Number.isFinite(detection.score) &&
    Array.isArray(detection.countries) &&
    detection.countries.every((code) => COUNTRIES.includes(code)) &&
    Array.isArray(detection.reasons) &&
    detection.reasons.length <= 50 &&
    detection.reasons.every((reason) => typeof reason === 'string' && reason.length <= 300)
  );
}

/** Only web pages are read: not the browser's own pages, not other extensions'. */
export function isWebPage(url: string): boolean {
  return /^(?:https?|file):/iu.test(url);
}
