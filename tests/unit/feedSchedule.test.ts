import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshArchive } from '../../src/archive/testing';
import { FeedsDB, newFeed, type FeedRecord } from '../../src/feeds/feedsDb';
import { FEEDS_ALARM, startFeeds } from '../../src/feeds/startFeeds';

// Issue 10: feeds are "fetched on a schedule (alarms)". The worker's side with the browser's
// alarms faked: the quarter-hour alarm is set once, each alarm fetches the feeds that are due
// (each at most hourly), a paused feed is left alone, and the resume alarm is gone after a run.
const FEED = 'https://svaboda.example/rss';
const rss = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Радыё Свабода</title><link>https://svaboda.example/</link></channel></rss>`;

describe('the feeds schedule', () => {
  const requests: string[] = [];
  beforeEach(() => {
    fakeBrowser.reset();
    requests.length = 0;
    vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockResolvedValue({ os: 'linux', arch: 'x86-64' } as never);
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      requests.push(String(input));
      return new Response(rss, { headers: { 'content-type': 'application/rss+xml', etag: '"v1"' } });
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  test('an alarm every quarter hour fetches the feeds that are due, once an hour each; a paused feed is not fetched', async () => {
    const feeds = new FeedsDB();
    const due = await feeds.feeds.add(newFeed(FEED, false) as FeedRecord);
    await feeds.feeds.add({ ...newFeed('https://pravda.example/rss', false), paused: true } as FeedRecord);
    startFeeds(freshArchive('schedule-archive'), () => undefined);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(FEEDS_ALARM)).toMatchObject({ periodInMinutes: 15 }));

    await fakeBrowser.alarms.onAlarm.trigger({ name: FEEDS_ALARM, scheduledTime: Date.now(), persistAcrossSessions: true });
    await vi.waitFor(async () => expect((await feeds.feeds.get(due))?.lastFetchAt).not.toBeNull());
    expect(requests).toEqual([FEED]);
    const fetched = (await feeds.feeds.get(due))!;
    expect(fetched.title).toBe('Радыё Свабода');
    expect(fetched.nextFetchAt - Date.parse(fetched.lastFetchAt!)).toBeGreaterThanOrEqual(59 * 60_000);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('backstory-feeds-resume')).toBeUndefined());

    // A quarter hour later the feed is not due yet: the alarm fetches nothing.
    await fakeBrowser.alarms.onAlarm.trigger({ name: FEEDS_ALARM, scheduledTime: Date.now(), persistAcrossSessions: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requests).toEqual([FEED]);
    feeds.close();
  });
});
