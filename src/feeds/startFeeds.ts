import { browser } from 'wxt/browser';
import type { ArchiveDB } from '../archive';
import { FEEDS_CHANNEL, type FetchNowMessage } from './feedMessages';
import { FeedsDB } from './feedsDb';
import { pageReader } from './offscreenReader';
import { PoliteFetcher } from './politeFetch';
import { feedRunner, runFeeds } from './runFeeds';

/** The schedule: every quarter hour the due feeds are fetched (each at most hourly, or later after failures). */
export const FEEDS_ALARM = 'backstory-feeds';
const PERIOD_MINUTES = 15;
/** Set while a run works: if the worker is stopped in the middle, it wakes the worker to finish. */
const RESUME_ALARM = 'backstory-feeds-resume';

/**
 * The worker's side of the feeds: the alarm, the archive page's "fetch now", and a run that
 * resumes what a stopped worker left. Fetching goes only to the feeds the reader added and the
 * pages their entries link to: the only network traffic Backstory makes.
 */
export function startFeeds(archive: ArchiveDB, onAdded: () => void): void {
  const feeds = new FeedsDB();
  const readPage = pageReader();
  const run = feedRunner(async () => {
    if ((await feeds.feeds.count()) === 0) return;
    await browser.alarms.create(RESUME_ALARM, { delayInMinutes: 1, periodInMinutes: 1 });
    try {
      await runFeeds({
        archive, feeds, fetcher: new PoliteFetcher(), readPage, onAdded,
        // An extension call between requests keeps Chromium from stopping a busy worker as idle.
        onStep: () => void browser.runtime.getPlatformInfo(),
      });
    } finally {
      await browser.alarms.clear(RESUME_ALARM);
    }
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FEEDS_ALARM || alarm.name === RESUME_ALARM) void run();
  });
  void browser.alarms.get(FEEDS_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(FEEDS_ALARM, { periodInMinutes: PERIOD_MINUTES });
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; url?: string }) => {
    const request = message as Partial<FetchNowMessage> | null;
    if (request?.channel !== FEEDS_CHANNEL || request.name !== 'fetchNow') return undefined;
    // Only Backstory's own pages (the archive page) may ask; a content script's sender has a tab URL.
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
    // Answered when the run ends: the open message keeps the worker awake meanwhile.
    return run().then(() => ({ ok: true }));
  });
}
