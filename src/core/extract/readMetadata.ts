import { collapseWhitespace } from '../text';
import type { JsonLdNode } from '../detect/jsonLd';
import { datesInText } from './parseDate';

/** The content of the first <meta> matching one of the selectors, trimmed; null if none. */
export function metaContent(doc: Document, ...selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = collapseWhitespace(doc.querySelector(selector)?.getAttribute('content') ?? '');
    if (value) return value;
  }
  return null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? collapseWhitespace(value) : null;
}

/** Follows {"@id": ...} references into the page's other JSON-LD nodes (Yoast-style graphs). */
function resolve(value: unknown, nodes: JsonLdNode[]): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const id = (value as JsonLdNode)['@id'];
  if (typeof id !== 'string' || 'name' in value) return value;
  return nodes.find((node) => node['@id'] === id && node !== value) ?? value;
}

/** Names from a JSON-LD person/organisation value: a string, an object, or a list of them. */
export function jsonLdNames(value: unknown, nodes: JsonLdNode[]): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .map((item) => resolve(item, nodes))
    .map((item) => (typeof item === 'string' ? text(item) : text((item as JsonLdNode | null)?.['name'])))
    .filter((name): name is string => name !== null);
}

/** Is a JSON-LD author value only organisations (a newsroom, a publisher), no person? */
export function jsonLdIsOrganisation(value: unknown, nodes: JsonLdNode[]): boolean {
  const list = (Array.isArray(value) ? value : [value]).map((item) => resolve(item, nodes));
  return list.length > 0 && list.every((item) => {
    const type = (item as JsonLdNode | null)?.['@type'];
    return typeof type === 'string' && /Organi[sz]ation|NewsMediaOrganization|Corporation/iu.test(type);
  });
}

export function jsonLdText(node: JsonLdNode | null, key: string): string | null {
  return node ? text(node[key]) : null;
}

function looksLikeUrl(value: string): boolean {
  return /^(?:https?:)?\/\//iu.test(value) || /^www\./iu.test(value);
}

const BYLINE_PREFIX =
  /^(?:(?:zeige alle beiträge|alle beiträge|artikel|beitrag|text|texto|written|posted|publicado|veröffentlicht)\s*(?:by|von|por|par)|by|von|par|por|di|autor(?:in)?|author|auteur|от|автор)(?:\s*:\s*|\s+)/iu;
/** A byline that is only its label: "By", "Posted", "Autor". */
const LABEL_ONLY = /^(?:by|von|par|por|posted|published|autor|author|follow|redaktion:?)$/iu;

/**
 * "By Jane Doe" -> "Jane Doe": the label, a date or time after the name ("am 21. April 2020",
 * ", 24. Januar 2022"), @handles and arrows go; URLs, labels alone and over-long strings (a whole
 * teaser) are not bylines.
 */
export function cleanByline(value: string | null | undefined): string | null {
  if (!value) return null;
  let byline = collapseWhitespace(value)
    .replace(/(\p{Ll})(\d{1,2}\.\s*\p{L})/gu, '$1 $2')
    .replace(BYLINE_PREFIX, '')
    .replace(/\s*[|•·»→].*$/u, '')
    .replace(/\s*@\w+/gu, '')
    .trim();
  const date = datesInText(byline)[0];
  if (date && date.index > 0) byline = byline.slice(0, date.index);
  byline = byline.replace(/(?:[\s,–—-]+|\s+(?:am|on|le|el|il|um|at|den|dem))+$/iu, '').trim();
  if (!byline || LABEL_ONLY.test(byline) || looksLikeUrl(byline) || byline.length > 120) return null;
  return byline;
}

/** The site's host without "www.", or null for a non-web address. */
export function hostName(url: string): string | null {
  try {
    const host = new URL(url).hostname.replace(/^www\./iu, '');
    return host || null;
  } catch {
    return null;
  }
}

function pathOf(url: string): string | null {
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

/** Whether two web addresses belong to one site; the public suffix list's rule is siteKey.ts's sameSite. */
export type SameSite = (a: string, b: string) => boolean;

/**
 * Inside a page the extractor takes any web address and leaves the site check to the
 * background, which holds the public suffix list (and checks against the address the browser
 * reports): the list would more than double the script injected into every article.
 */
const ANY_WEB_ADDRESS: SameSite = () => true;

/**
 * The page's canonical address, resolved. Only an address on the page's own site is believed,
 * by `sameSite` (the command line passes the public suffix list's rule: another blog on
 * livejournal.com or another registrant under kyiv.ua is another site): a page may not claim
 * to be another outlet's article (it would be saved, shown and linked under that outlet's
 * name). A canonical pointing at the site root is a template error. Syndicated copies that
 * name their origin as canonical keep their own address: losing that link is the price of
 * never letting a page speak for another site.
 */
export function pageCanonicalUrl(doc: Document, url: string, sameSite: SameSite = ANY_WEB_ADDRESS): string {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    metaContent(doc, 'meta[property="og:url"]'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const resolved = new URL(candidate.trim(), url);
      if (!/^https?:$/u.test(resolved.protocol)) continue;
      if (resolved.pathname === '/' && pathOf(url) !== '/') continue;
      // A saved copy (file:) is where the reader put it: its canonical says where it came from.
      if (/^https?:/iu.test(url) && !sameSite(resolved.href, url)) continue;
      return resolved.href;
    } catch {
      // an unparseable href: try the next source
    }
  }
  return url;
}
