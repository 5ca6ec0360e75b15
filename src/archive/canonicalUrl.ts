/**
 * The form of a URL used to spot the same page saved twice: lower-case scheme and host, no
 * fragment, no tracking parameters (utm_*, fbclid, gclid), no trailing slash. Text that is
 * not a URL comes back trimmed, so it still compares equal to itself.
 */
export function canonicalUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (isTrackingParameter(name)) parsed.searchParams.delete(name);
  }
  parsed.searchParams.sort();
  // URL already lower-cases scheme and host; a default port is dropped too.
  let result = parsed.toString();
  if (result.endsWith('?')) result = result.slice(0, -1);
  const [beforeQuery = '', query] = splitOnce(result, '?');
  const path = beforeQuery.length > 1 && beforeQuery.endsWith('/') ? beforeQuery.slice(0, -1) : beforeQuery;
  return query === undefined ? path : `${path}?${query}`;
}

function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || lower === 'fbclid' || lower === 'gclid';
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
