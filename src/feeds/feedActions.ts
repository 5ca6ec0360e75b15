import { browser } from 'wxt/browser';
import { FEEDS_CHANNEL, type FetchNowMessage } from './feedMessages';
import type { FeedWork } from './feedProgress';
import { newFeed, type FeedRecord, type FeedsDB } from './feedsDb';
import { formatDuration } from '../ui/timeLeft';

/** A feed's address as typed: a web address, https:// assumed when no scheme is given; null otherwise. */
export function feedUrlOf(typed: string): URL | null {
  const text = typed.trim();
  if (!text) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Asks for leave to fetch from the feed's site. It must be called in the click's own turn (no
 * await before it): the browser asks the reader only during a user gesture. Where the manifest
 * holds the site already (today's build holds every site, for reading the pages the reader
 * opens) nothing is asked: Firefox refuses to request an origin that is not an optional
 * permission, and adding a feed failed there with "was not allowed".
 */
export function askToFetch(url: URL): Promise<boolean> {
  if (heldByManifest(url, browser.runtime.getManifest())) return Promise.resolve(true);
  return browser.permissions.request({ origins: [`${url.protocol}//${url.hostname}/*`] }).catch(() => false);
}

/** Whether the manifest's own host permissions (MV3 host_permissions, MV2 permissions) cover the address. */
export function heldByManifest(url: URL, manifest: { host_permissions?: string[]; permissions?: string[] }): boolean {
  const held = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])];
  const scheme = url.protocol.slice(0, -1);
  return held.some((pattern) => {
    const match = /^(\*|https?):\/\/([^/]+)\/(.*)$/.exec(pattern);
    if (pattern === '<all_urls>') return true;
    if (!match || (match[1] !== '*' && match[1] !== scheme) || match[3] !== '*') return false;
    const host = match[2]!;
    return host === '*' || host === url.hostname || (host.startsWith('*.') && (url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1))));
  });
}

/** Adds a feed, due at once, and asks the worker to fetch it. Returns why not, or null. */
export async function addFeed(db: FeedsDB, url: URL, keepAll: boolean): Promise<string | null> {
  if (await db.feeds.where('url').equals(url.href).first()) return `${url.href} is in your feeds already.`;
  await db.feeds.add(newFeed(url.href, keepAll) as FeedRecord);
  fetchNow();
  return null;
}

/** Makes the feed due and asks the worker to run (it wakes for the message). */
export async function fetchFeedNow(db: FeedsDB, id: number): Promise<void> {
  await db.feeds.update(id, { nextFetchAt: 0 });
  fetchNow();
}

export async function setPaused(db: FeedsDB, id: number, paused: boolean): Promise<void> {
  await db.feeds.update(id, paused ? { paused } : { paused, nextFetchAt: 0 });
  if (!paused) fetchNow();
}

/** From the next entry read on: entries already skipped as off topic are not read again. */
export async function setKeepAll(db: FeedsDB, id: number, keepAll: boolean): Promise<void> {
  await db.feeds.update(id, { keepAll });
}

/** Removes a feed and what Backstory remembers of its entries; the articles it brought stay in the archive. */
export async function removeFeed(db: FeedsDB, id: number): Promise<void> {
  await db.transaction('rw', db.feeds, db.items, async () => {
    await db.items.where('feedId').equals(id).delete();
    await db.feeds.delete(id);
  });
}

function fetchNow(): void {
  const message: FetchNowMessage = { channel: FEEDS_CHANNEL, name: 'fetchNow' };
  // Answered when the run ends; the page does not wait for it, the status shows the progress.
  void browser.runtime.sendMessage(message).catch(() => undefined);
}

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const articles = (n: number) => `${n.toLocaleString('en')} article${n === 1 ? '' : 's'}`;

/**
 * The status line under a feed: when it was last fetched, what that added, what it holds in all,
 * and while its pages are read, how many of how many and about how long is left.
 */
export function feedStatus(feed: FeedRecord, work: FeedWork | null = null): string {
  if (feed.paused) {
    const left = work ? ` ${pages(work.total - work.read)} left to read when resumed.` : '';
    return `Paused. ${articles(feed.totalAdded)} added in all.${left}`;
  }
  if (!feed.lastFetchAt) return 'Not fetched yet: it will be in a moment.';
  // The last attempt failed: say when it was tried and when it last worked, not a count of nothing.
  const failed = feed.lastError !== null && feed.lastSuccessAt !== feed.lastFetchAt;
  const parts = failed
    ? [`Last tried ${when(feed.lastFetchAt)}`, feed.lastSuccessAt ? `last fetched ${when(feed.lastSuccessAt)}` : 'never fetched yet', `${articles(feed.totalAdded)} added in all`]
    : [`Last fetched ${when(feed.lastFetchAt)}`, `${articles(feed.lastAdded)} added (${feed.totalAdded.toLocaleString('en')} in all)`];
  if (work && work.waiting > 0) {
    const left = work.msLeft === null ? '' : `, about ${formatDuration(work.msLeft)} left`;
    parts.push(`${work.read.toLocaleString('en')} of ${pages(work.total)} read${left}`);
  }
  if (work && work.later > 0) parts.push(`${pages(work.later)} to try again later`);
  return `${parts.join(' · ')}.`;
}

const pages = (n: number) => `${n.toLocaleString('en')} page${n === 1 ? '' : 's'}`;

/** The last error, with when the feed will be tried again. */
export function feedProblem(feed: FeedRecord): string | null {
  if (!feed.lastError) return null;
  return feed.paused ? feed.lastError : `${feed.lastError}. Next try ${when(new Date(feed.nextFetchAt).toISOString())}.`;
}
