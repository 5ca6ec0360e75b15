import { collapseWhitespace } from '../detect/readProse';
import type { JsonLdNode } from '../detect/jsonLd';
import { findDateInText, normaliseDate } from './parseDate';
import { metaContent } from './readMetadata';

const DATE_METAS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[property="og:published_time"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="sailthru.date"]',
];

// Elements whose class names a date; only searched near the headline, where the dateline is.
const DATELINE_ELEMENTS =
  '[class*="date"], [class*="Date"], [class*="time"], [class*="publish"], [class*="posted"], [class*="byline"], [class*="meta"]';
const MAX_DATELINE_CHARS = 200;
const FEW_TIMES = 2;
/** How much of the article's start may hold a dateline ("KYIV, April 14, 2023 (Reuters) -"). */
const TEXT_START_CHARS = 400;

/** Where the article's own dates are: its <article>, or the block around its headline. */
function articleScope(doc: Document): Element | null {
  return doc.querySelector('article') ?? doc.querySelector('h1')?.parentElement?.parentElement ?? null;
}

function fromTimeElements(doc: Document, scope: Element | null): string | null {
  const marked = doc.querySelector('[itemprop="datePublished"], time[pubdate]');
  const markedValue = marked?.getAttribute('datetime') ?? marked?.getAttribute('content');
  const fromMarked = normaliseDate(markedValue) ?? normaliseDate(marked?.textContent);
  if (fromMarked) return fromMarked;
  // Outside the article's block a <time> may date anything, unless the page has only a couple.
  const pageTimes = doc.querySelectorAll('time');
  const times = pageTimes.length <= FEW_TIMES ? pageTimes : (scope?.querySelectorAll('time') ?? []);
  for (const time of times) {
    const date = normaliseDate(time.getAttribute('datetime')) ?? normaliseDate(time.textContent);
    if (date) return date;
  }
  return null;
}

/** /2023/04/14/ in the address: news sites date their paths. */
function fromUrl(url: string): string | null {
  const match = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|\.html?|$)/u.exec(url);
  return match ? normaliseDate(`${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`) : null;
}

function fromDatelineElements(scope: Element | null): string | null {
  for (const element of scope?.querySelectorAll(DATELINE_ELEMENTS) ?? []) {
    const text = collapseWhitespace(element.textContent ?? '');
    if (text.length > MAX_DATELINE_CHARS) continue;
    const date = findDateInText(text);
    if (date) return date;
  }
  return null;
}

/**
 * The publication date: structured metadata first, then the page's <time> elements, its address,
 * and finally a date printed near the headline or at the start of the text. Null rather than a guess.
 */
export function findPublishedAt(
  doc: Document,
  url: string,
  articleNode: JsonLdNode | null,
  articleText: string,
): string | null {
  const fromJsonLd = normaliseDate(
    typeof articleNode?.['datePublished'] === 'string' ? articleNode['datePublished'] : null,
  );
  if (fromJsonLd) return fromJsonLd;
  for (const selector of DATE_METAS) {
    const date = normaliseDate(metaContent(doc, selector));
    if (date) return date;
  }
  const scope = articleScope(doc);
  return (
    fromTimeElements(doc, scope) ??
    fromUrl(url) ??
    fromDatelineElements(scope) ??
    findDateInText(articleText.slice(0, TEXT_START_CHARS))
  );
}
