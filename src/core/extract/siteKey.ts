import { getDomain } from 'tldts';

/**
 * Hosts not on the public suffix list where each subdomain is another person's blog
 * (victim.livejournal.com, someone.substack.com): the subdomain is the site.
 */
const USER_SUBDOMAIN_HOSTS = new Set([
  'livejournal.com', 'substack.com', 'tumblr.com', 'wordpress.com', 'dreamwidth.org', 'medium.com',
  'narod.ru', 'ucoz.ru', 'liveinternet.ru', 'diary.ru', 'beehiiv.com', 'ghost.io', 'tilda.ws',
]);

/**
 * Hosts where anyone publishes under a path of one shared host: every telegra.ph page is
 * someone's, t.me/NAME is a channel. The first path segment is the site.
 */
const PATH_SHARED_HOSTS = new Set([
  'telegra.ph', 'teletype.in', 't.me', 'telegram.me', 'medium.com', 'vk.com', 'ok.ru', 'dzen.ru',
  'zen.yandex.ru', 'facebook.com', 'x.com', 'twitter.com', 'instagram.com', 'youtube.com',
]);

/** Subdomains that are the host's own mobile or default face, not a user's. */
const NOT_A_USER = new Set(['www', 'm', 'amp', 'mobile']);

/**
 * Who controls a web address, as far as the address tells: its registrable domain by the
 * public suffix list (so news.kyiv.ua and other.kyiv.ua, or two blogspot blogs, are two
 * sites), one user's subdomain on a blog host, or one user's path on a shared host. Null for
 * anything but http(s).
 */
export function siteKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/u, '');
  const domain = getDomain(host, { allowPrivateDomains: true }) ?? host;
  const below = host.length > domain.length ? host.slice(0, -domain.length - 1).split('.') : [];
  const owner = below.filter((label) => !NOT_A_USER.has(label)).at(-1);
  if (owner && USER_SUBDOMAIN_HOSTS.has(domain)) return `${owner}.${domain}`;
  if (!owner && PATH_SHARED_HOSTS.has(domain)) {
    const first = parsed.pathname.split('/').find((segment) => segment !== '');
    return first ? `${domain}/${first}` : domain;
  }
  return domain;
}

/** Both addresses belong to one site (see siteKey): a page may speak for its own site only. */
export function sameSite(a: string, b: string): boolean {
  const key = siteKey(a);
  return key !== null && key === siteKey(b);
}
