import { dayOf, daysBetween } from '../calendar';
import { collapseWhitespace } from '../text';
import { jsonLdTypes, type JsonLdNode } from '../detect/jsonLd';
import { findDateInText, normaliseDate } from './parseDate';
import { closingDate, printedDate, signedDate } from './printedDate';

/** <meta> names of the publication date, strongest first (matched lower-cased on name, property or itemprop). */
const PUBLISHED_METAS = [
  'article:published_time', 'og:published_time', 'og:pubdate', 'datepublished', 'parsely-pub-date', 'pubdate',
  'publishdate', 'publish-date', 'publish_date', 'publication_date', 'publication-date', 'sailthru.date',
  'dc.date.issued', 'dcterms.issued', 'dcterms.date', 'dc.date', 'date', 'dcterms.created', 'datecreated',
];
/** Other dates a page states about itself: they may confirm the day printed beside the headline. */
const OTHER_METAS = /(?:modified|updated|update|lastmod|publish|created|date)/iu;
const MEDIA_TYPES = new Set(['ImageObject', 'VideoObject', 'AudioObject', 'MediaObject', 'Person', 'Organization']);

// Elements whose class names a date; only searched near the headline, where the dateline is.
const DATELINE_ELEMENTS =
  '[class*="date"], [class*="Date"], [class*="time"], [class*="publish"], [class*="posted"], [class*="byline"], [class*="meta"]';
const MARKED_ELEMENTS =
  '[itemprop="datePublished"], time[pubdate], [property$="datePublished"], [property$="dateCreated"], abbr.published[title], .published[title]';
const MAX_DATELINE_CHARS = 200;
const FEW_TIMES = 2;
/** How much of the article's start may hold a dateline ("KYIV, April 14, 2023 (Reuters) -"). */
const TEXT_START_CHARS = 400;

const daysApart = (a: string, b: string): number => Math.abs(daysBetween(a, b) ?? Infinity);

/** Where the article's own dates are: its <article>, or the block around its headline. */
function articleScope(doc: Document): Element | null {
  return doc.querySelector('article') ?? doc.querySelector('h1')?.parentElement?.parentElement ?? null;
}

function metaDates(doc: Document): { published: string[]; other: string[] } {
  const byName = new Map<string, string>();
  const other: string[] = [];
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const name = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
    const date = OTHER_METAS.test(name) ? normaliseDate(meta.getAttribute('content')) : null;
    if (!date) continue;
    if (!byName.has(name)) byName.set(name, date);
    other.push(date);
  }
  const published = PUBLISHED_METAS.map((name) => byName.get(name)).filter((date): date is string => !!date);
  return { published, other };
}

function jsonLdDates(articleNode: JsonLdNode | null, nodes: JsonLdNode[]): { published: string[]; other: string[] } {
  const dated = [articleNode, ...nodes.filter((node) => !jsonLdTypes(node).some((type) => MEDIA_TYPES.has(type)))];
  const read = (key: string) =>
    dated.map((node) => (typeof node?.[key] === 'string' ? normaliseDate(node[key] as string) : null)).filter((date): date is string => !!date);
  return { published: read('datePublished'), other: [...read('dateCreated'), ...read('dateModified'), ...read('uploadDate')] };
}

function fromTimeElements(doc: Document, scope: Element | null): string | null {
  const marked = doc.querySelector(MARKED_ELEMENTS);
  const markedValue = marked?.getAttribute('datetime') ?? marked?.getAttribute('content') ?? marked?.getAttribute('title');
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
 * The publication date. Structured metadata (JSON-LD, <meta>, marked-up <time>) says which
 * date is the publication's, but often in UTC or as a first draft's date; the page prints the
 * day its readers saw beside the headline. So the printed day wins when any date the page
 * states about itself confirms it (a modified date too: pages print either), or when it is a
 * day from the structured date (a time zone apart); otherwise the structured date. Without
 * metadata: the address, the printed date, a date-classed element near the headline, a post
 * signed "by X on DATE", a dateline, the date an <article> closes with; last, the day the page
 * says it was modified or created (it was out by then). Null rather than a guess.
 */
export function findPublishedAt(
  doc: Document,
  url: string,
  articleNode: JsonLdNode | null,
  nodes: JsonLdNode[],
  title: string,
  articleText: string,
): string | null {
  const jsonLd = jsonLdDates(articleNode, nodes);
  const metas = metaDates(doc);
  const scope = articleScope(doc);
  const fromTime = fromTimeElements(doc, scope);
  const fromPath = fromUrl(url);
  const structured = [...jsonLd.published.slice(0, 1), ...metas.published, ...(fromTime ? [fromTime] : [])];
  const printed = printedDate(doc, title);
  if (printed) {
    const stated = [...structured, ...jsonLd.published, ...jsonLd.other, ...metas.other, ...(fromPath ? [fromPath] : [])];
    const confirming = stated.find((date) => dayOf(date) === printed);
    if (confirming) return confirming;
  }
  const best = structured[0];
  if (best) {
    if (printed && daysApart(printed, best) <= 1) return printed;
    if (fromPath && dayOf(fromPath) !== dayOf(best) && daysApart(fromPath, best) <= 1) return fromPath;
    return best;
  }
  return (
    fromPath ??
    printed ??
    fromDatelineElements(scope) ??
    signedDate(doc) ??
    findDateInText(articleText.slice(0, TEXT_START_CHARS)) ??
    closingDate(scope) ??
    // a page that states only when it was changed (or created) was at least out by then
    jsonLd.other[0] ??
    metas.other[0] ??
    null
  );
}
