import { describe, expect, test } from 'vitest';
import { feedWork } from './feedProgress';
import { newFeed, type FeedRecord, type ItemRecord } from './feedsDb';

// The archive page's progress for feeds, from the rows the worker keeps. Two Belarusian and
// Ukrainian outlets' feeds, fetched at 10:00; the worker reads one page every 2 s.
const NOW = Date.parse('2023-01-02T10:01:00Z');
const feed = (id: number, url: string, changes: Partial<FeedRecord> = {}): FeedRecord => ({ ...newFeed(url, false), id, ...changes });
const nasha = feed(1, 'https://nashaniva.example/rss');
const pravda = feed(2, 'https://pravda.example/rss');

function entry(feedId: number, n: number, changes: Partial<ItemRecord> = {}): ItemRecord {
  return {
    feedId, key: `${feedId}-${n}`, url: `https://site${feedId}.example/news/${n}.html`, title: `Навіны ${n}`, publishedAt: null,
    state: 'pending', reason: null, tries: 0, notBefore: 0, seenAt: '2023-01-02T10:00:00.000Z', position: n, ...changes,
  };
}
const readAt = (secondsAgo: number) => NOW - secondsAgo * 1000;

describe('progress of the feeds', () => {
  test('counts per feed, and the time left includes the pages of feeds read before it', () => {
    const items = [
      // Five of Nasha Niva's eight read, one every 2 s; three to go.
      ...[0, 1, 2, 3, 4].map((n) => entry(1, n, { state: n === 2 ? 'skipped' : 'added', readAt: readAt(10 - n * 2) })),
      ...[5, 6, 7].map((n) => entry(1, n)),
      // Pravda's four, seen in the same fetch round but listed after: read after Nasha Niva's.
      ...[0, 1, 2, 3].map((n) => entry(2, n, { seenAt: '2023-01-02T10:00:01.000Z' })),
    ];
    const work = feedWork([nasha, pravda], items, NOW);
    expect(work.get(1)).toEqual({ read: 5, total: 8, waiting: 3, later: 0, msLeft: 6_000 });
    expect(work.get(2)).toEqual({ read: 0, total: 4, waiting: 4, later: 0, msLeft: 14_000 });
  });

  test('an earlier fetch, read long ago, is not counted; a failed page waits apart; no pace from one page', () => {
    const items = [
      entry(1, 0, { state: 'added', seenAt: '2023-01-01T09:00:00.000Z', readAt: Date.parse('2023-01-01T09:00:05Z') }),
      entry(1, 1, { state: 'added', readAt: readAt(3) }),
      entry(1, 2),
      entry(1, 3, { tries: 1, reason: 'the server answered 503', notBefore: NOW + 300_000 }),
    ];
    expect(feedWork([nasha], items, NOW).get(1)).toEqual({ read: 1, total: 3, waiting: 1, later: 1, msLeft: null });
  });

  test('a feed with nothing pending has no progress; a paused one has counts but no time', () => {
    const items = [entry(1, 0, { state: 'added', readAt: readAt(4) }), entry(2, 0), entry(2, 1, { state: 'added', readAt: readAt(2) })];
    const work = feedWork([nasha, { ...pravda, paused: true }], items, NOW);
    expect(work.has(1)).toBe(false);
    expect(work.get(2)).toMatchObject({ read: 1, total: 2, msLeft: null });
  });
});
