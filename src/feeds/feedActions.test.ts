import { describe, expect, test } from 'vitest';
import { feedProblem, feedStatus, feedUrlOf, heldByManifest } from './feedActions';
import { newFeed, type FeedRecord } from './feedsDb';

const feed = (changes: Partial<FeedRecord>): FeedRecord => ({ ...newFeed('https://news.example/rss', false), id: 1, ...changes });
const at = (time: string) => new Date(time).toISOString();
const shown = (iso: string) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

describe('the archive page on feeds', () => {
  test('an address typed without its scheme is read as https; other schemes and words are not feeds', () => {
    expect(feedUrlOf(' meduza.example/rss ')?.href).toBe('https://meduza.example/rss');
    expect(feedUrlOf('http://127.0.0.1:8080/feed.xml')?.href).toBe('http://127.0.0.1:8080/feed.xml');
    expect(feedUrlOf('file:///etc/passwd')).toBeNull();
    expect(feedUrlOf('javascript:alert(1)')).toBeNull();
    expect(feedUrlOf('')).toBeNull();
  });

  test('the status says what the last fetch did, or that it failed and when it last worked', () => {
    expect(feedStatus(feed({}))).toBe('Not fetched yet: it will be in a moment.');
    const fetched = at('2023-01-02T10:00:00Z');
    expect(feedStatus(feed({ lastFetchAt: fetched, lastSuccessAt: fetched, lastAdded: 1, totalAdded: 12 }))).toBe(`Last fetched ${shown(fetched)} · 1 article added (12 in all).`);
    const failedAt = at('2023-01-02T11:00:00Z');
    const failing = feed({ lastFetchAt: failedAt, lastSuccessAt: fetched, totalAdded: 12, lastError: 'The feed could not be fetched: the server answered 503', nextFetchAt: Date.parse('2023-01-02T11:05:00Z') });
    expect(feedStatus(failing)).toBe(`Last tried ${shown(failedAt)} · last fetched ${shown(fetched)} · 12 articles added in all.`);
    expect(feedProblem(failing)).toBe(`The feed could not be fetched: the server answered 503. Next try ${shown(at('2023-01-02T11:05:00Z'))}.`);
    expect(feedStatus(feed({ paused: true, totalAdded: 1 }))).toBe('Paused. 1 article added in all.');
  });

  test('while pages are read: how many of how many, about how long is left, and what waits for a retry', () => {
    const fetched = at('2023-01-02T10:00:00Z');
    const reading = feed({ lastFetchAt: fetched, lastSuccessAt: fetched, lastAdded: 4, totalAdded: 16 });
    expect(feedStatus(reading, { read: 6, total: 40, waiting: 33, later: 1, msLeft: 99_000 })).toBe(
      `Last fetched ${shown(fetched)} · 4 articles added (16 in all) · 6 of 40 pages read, about 1 min 39 s left · 1 page to try again later.`,
    );
    // Before the pace is known, counts alone.
    expect(feedStatus(reading, { read: 1, total: 40, waiting: 39, later: 0, msLeft: null })).toBe(`Last fetched ${shown(fetched)} · 4 articles added (16 in all) · 1 of 40 pages read.`);
    expect(feedStatus(feed({ paused: true, totalAdded: 16 }), { read: 6, total: 40, waiting: 34, later: 0, msLeft: 99_000 })).toBe('Paused. 16 articles added in all. 34 pages left to read when resumed.');
  });

  test("leave to fetch is asked only for a site the manifest does not hold already (Firefox refuses to request those)", () => {
    const feedOf = (href: string) => new URL(href);
    expect(heldByManifest(feedOf('https://meduza.example/rss'), { host_permissions: ['<all_urls>'] })).toBe(true);
    expect(heldByManifest(feedOf('http://127.0.0.1:8080/rss.xml'), { permissions: ['storage', '<all_urls>'] })).toBe(true);
    expect(heldByManifest(feedOf('https://news.svaboda.example/rss'), { host_permissions: ['*://*.svaboda.example/*'] })).toBe(true);
    expect(heldByManifest(feedOf('https://svaboda.example/rss'), { host_permissions: ['https://svaboda.example/*'] })).toBe(true);
    expect(heldByManifest(feedOf('http://svaboda.example/rss'), { host_permissions: ['https://svaboda.example/*'] })).toBe(false);
    expect(heldByManifest(feedOf('https://pravda.example/rss'), { host_permissions: ['https://svaboda.example/*'] })).toBe(false);
    expect(heldByManifest(feedOf('https://pravda.example/rss'), { permissions: ['storage', 'alarms'] })).toBe(false);
  });
});
