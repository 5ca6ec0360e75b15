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

/** "Headline | Anything" where the page's h1 is exactly "Headline": the h1 is the title. */
export function preferHeadline(title: string, h1: string): string {
  if (!h1 || h1.length >= title.length || !title.startsWith(h1)) return title;
  const rest = title.slice(h1.length);
  return SEPARATORS.some((separator) => rest.startsWith(separator)) ? h1 : title;
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
