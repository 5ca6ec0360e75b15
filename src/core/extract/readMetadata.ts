import { collapseWhitespace } from '../detect/readProse';
import type { JsonLdNode } from '../detect/jsonLd';

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

export function jsonLdText(node: JsonLdNode | null, key: string): string | null {
  return node ? text(node[key]) : null;
}

function looksLikeUrl(value: string): boolean {
  return /^(?:https?:)?\/\//iu.test(value) || /^www\./iu.test(value);
}

/** "By Jane Doe" -> "Jane Doe"; URLs and over-long strings (a whole teaser) are not bylines. */
export function cleanByline(value: string | null | undefined): string | null {
  if (!value) return null;
  const byline = collapseWhitespace(value)
    .replace(/^(?:by|von|par|por|autor|author|written by|posted by)\s*:?\s+/iu, '')
    .replace(/\s*[|•·].*$/u, '')
    .trim();
  if (!byline || looksLikeUrl(byline) || byline.length > 120) return null;
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

/** The page's canonical address, resolved; a canonical pointing at the site root is a template error. */
export function canonicalUrl(doc: Document, url: string): string {
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
      return resolved.href;
    } catch {
      // an unparseable href: try the next source
    }
  }
  return url;
}
