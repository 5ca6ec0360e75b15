// Display helpers shared by the side panel and the options page. Pure, so they are tested in
// Node.
import { daysBetween } from '@/src/core/calendar';
import { hostName } from '@/src/core/extract/readMetadata';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "19 Dec 2022" from "2022-12-19" or a full ISO timestamp; "date unknown" for null. */
export function formatDay(iso: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!match) return 'date unknown';
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}

/**
 * Only http(s) links are rendered: an article's URL comes from a web page, and a
 * "javascript:" or "chrome-extension:" address must never become a link in our pages.
 */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The outlet to show: the site name, else the host name without "www.". */
export function outletName(siteName: string | null | undefined, url: string | null | undefined): string {
  if (siteName?.trim()) return siteName.trim();
  return hostName(url ?? '') ?? 'unknown outlet';
}

/** The address's host without "www.", shown beside a report so a reader sees where a link leads. */
export function domainOf(url: string | null | undefined): string | null {
  return safeHref(url) ? hostName(url!) : null;
}

/** "same day", "3 days earlier", "2 months later" relative to the open article. */
export function relativeDay(from: string | null | undefined, other: string | null | undefined): string | null {
  const days = daysBetween(from, other);
  if (days === null) return null;
  if (days === 0) return 'same day';
  const span = Math.abs(days);
  const side = days < 0 ? 'earlier' : 'later';
  if (span < 14) return `${span} day${span === 1 ? '' : 's'} ${side}`;
  if (span < 60) return `${Math.round(span / 7)} weeks ${side}`;
  if (span < 730) return `${Math.round(span / 30.4)} months ${side}`;
  return `${Math.round(span / 365)} years ${side}`;
}

export const COUNTRY_NAMES: Record<string, string> = { RU: 'Russia', BY: 'Belarus', UA: 'Ukraine' };
