import { describe, expect, test } from 'vitest';
import { feedProblem, feedStatus, feedUrlOf } from './feedActions';
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
    expect(feedStatus(feed({}), 0)).toBe('Not fetched yet: it will be in a moment.');
    const fetched = at('2023-01-02T10:00:00Z');
    expect(feedStatus(feed({ lastFetchAt: fetched, lastSuccessAt: fetched, lastAdded: 1, totalAdded: 12 }), 3)).toBe(`Last fetched ${shown(fetched)} · 1 article added (12 in all) · 3 pages still to read.`);
    const failedAt = at('2023-01-02T11:00:00Z');
    const failing = feed({ lastFetchAt: failedAt, lastSuccessAt: fetched, totalAdded: 12, lastError: 'The feed could not be fetched: the server answered 503', nextFetchAt: Date.parse('2023-01-02T11:05:00Z') });
    expect(feedStatus(failing, 0)).toBe(`Last tried ${shown(failedAt)} · last fetched ${shown(fetched)} · 12 articles added in all.`);
    expect(feedProblem(failing)).toBe(`The feed could not be fetched: the server answered 503. Next try ${shown(at('2023-01-02T11:05:00Z'))}.`);
    expect(feedStatus(feed({ paused: true, totalAdded: 1 }), 0)).toBe('Paused. 1 article added in all.');
  });
});
