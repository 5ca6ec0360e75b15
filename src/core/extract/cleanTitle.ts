import { comparisonKey, visibleText } from '../text';

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' » ', ' › ', ' / '];

function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Is this title segment the site's name ("BBC News", "reuters.com", "Reuters")? */
function namesSite(segment: string, siteNames: string[]): boolean {
  const segmentKey = key(segment);
  if (!segmentKey) return false;
  return siteNames.some((name) => {
    const nameKey = key(name);
    const hostLabel = key(name.replace(/^www\./iu, '').replace(/\.[a-z]{2,}(?:\.[a-z]{2})?$/iu, ''));
    return segmentKey === nameKey || (hostLabel.length > 2 && segmentKey === hostLabel);
  });
}

/** Strips " | Site" / " - Site" (and "Site | " before the title) when Site is the site's name. */
export function stripSiteName(title: string, siteNames: (string | null)[]): string {
  const names = siteNames.filter((name): name is string => !!name);
  let stripped = title.trim();
  for (const separator of SEPARATORS) {
    const last = stripped.lastIndexOf(separator);
    if (last > 0 && namesSite(stripped.slice(last + separator.length), names)) {
      stripped = stripped.slice(0, last).trim();
    }
    const first = stripped.indexOf(separator);
    if (first > 0 && namesSite(stripped.slice(0, first), names)) {
      stripped = stripped.slice(first + separator.length).trim();
    }
  }
  return stripped;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/** Titles escaped twice by their CMS ("&#8222;Woman King&#8220;") decoded once more. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,5}));/giu, (whole, dec, hex, name) => {
    if (dec || hex) {
      const code = dec ? Number(dec) : parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[String(name).toLowerCase()] ?? whole;
  });
}

/** A title from metadata, whitespace collapsed, entities decoded, the site's name stripped. */
export function clean(title: string | null | undefined, siteNames: (string | null)[]): string {
  return stripSiteName(decodeEntities(visibleText(title ?? '')), siteNames);
}

const contentWords = (text: string): Set<string> =>
  new Set((text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []));

const MAX_HEADINGS = 5;
const MAX_TITLE_CHARS = 300;
const MIN_SUBHEADING_WORDS = 3;

const keyOf = comparisonKey;

function headingsText(doc: Document, selector: string, siteName: string | null): string[] {
  return Array.from(doc.querySelectorAll(selector))
    .slice(0, MAX_HEADINGS)
    .map((heading) => decodeEntities(visibleText(heading.textContent ?? '')))
    .filter((text) => text.length >= 3 && text.length <= MAX_TITLE_CHARS && text.toLowerCase() !== siteName?.toLowerCase());
}

/**
 * The headline as the reader sees it: the page's <h1> that shares words with the titles in
 * its metadata (which are often written for search engines and sharing). A kicker printed
 * inside the <h1> ("Politics | Headline") goes when a metadata title is the rest of it. Pages
 * without a fitting <h1> (old blogs, forums) may print the headline as an <h2> that their
 * <title> repeats. Without metadata titles the first <h1> is taken; a logo naming the site is not.
 */
export function visibleHeadline(doc: Document, metaTitles: string[], siteName: string | null): string | null {
  const h1s = headingsText(doc, 'h1', siteName);
  if (metaTitles.length === 0) return h1s[0] ?? null;
  const metaWords = contentWords(metaTitles.join(' '));
  let best: { text: string; shared: number } | null = null;
  for (const text of h1s) {
    const shared = [...contentWords(text)].filter((word) => metaWords.has(word)).length;
    if (shared > 0 && (!best || shared > best.shared)) best = { text, shared };
  }
  if (best) {
    const key = keyOf(best.text);
    const inner = metaTitles.find((title) => keyOf(title).length < key.length && key.endsWith(keyOf(title)) && keyOf(title).split(' ').length >= MIN_SUBHEADING_WORDS);
    return inner ?? best.text;
  }
  const metaKeys = metaTitles.map(keyOf);
  return headingsText(doc, 'h2', siteName).find((text) => {
    const key = keyOf(text);
    return key.split(' ').length >= MIN_SUBHEADING_WORDS && metaKeys.some((meta) => meta.includes(key));
  }) ?? null;
}
