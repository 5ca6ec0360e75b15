import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { analysisScheduler, AGAIN_AFTER_MS, QUIET_MS } from '../../entrypoints/background/analysisScheduler';
import type { Detection } from '../../src/core/types';

const verdict: Detection = { isArticle: true, relevant: true, score: 0.9, countries: ['BY'], reasons: [] };

describe('analyses of a page that keeps reporting', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('an article opened after a quiet spell is analysed at once, with no wait, with what the page sent', () => {
    const run = vi.fn(async (_tab: number, _url: string, _detection: Detection, _article?: unknown) => undefined);
    const scheduler = analysisScheduler(run, () => Date.now());
    scheduler.report(3, 'https://news.test/a', verdict, 'the article as read');
    expect(run).toHaveBeenCalledWith(3, 'https://news.test/a', verdict, 'the article as read');
    vi.advanceTimersByTime(5 * QUIET_MS);
    scheduler.report(3, 'https://news.test/b', verdict);
    expect(run).toHaveBeenCalledTimes(2);
  });

  test('a hundred location changes in a burst are two analyses: the first page, then the last once they pause', () => {
    const run = vi.fn(async (_tab: number, _url: string, _detection: Detection, _article?: unknown) => undefined);
    const scheduler = analysisScheduler(run, () => Date.now());
    for (let i = 0; i < 100; i++) {
      scheduler.report(3, `https://news.test/live#update-${i}`, verdict, `article ${i}`);
      vi.advanceTimersByTime(50);
    }
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(QUIET_MS);
    expect(run.mock.calls.map(([, url]) => url)).toEqual(['https://news.test/live#update-0', 'https://news.test/live#update-99']);
    expect(run.mock.calls.map((call) => call[3])).toEqual(['article 0', 'article 99']);
  });

  test('the same page and verdict again within seconds is not analysed twice; another tab or page is', () => {
    const run = vi.fn(async (_tab: number, _url: string, _detection: Detection) => undefined);
    const scheduler = analysisScheduler(run, () => Date.now());
    scheduler.report(3, 'https://news.test/a', verdict);
    vi.advanceTimersByTime(QUIET_MS);
    scheduler.report(3, 'https://news.test/a', verdict);
    scheduler.report(4, 'https://news.test/a', verdict);
    vi.advanceTimersByTime(QUIET_MS);
    expect(run.mock.calls.map(([tab, url]) => [tab, url])).toEqual([[3, 'https://news.test/a'], [4, 'https://news.test/a']]);
    vi.advanceTimersByTime(AGAIN_AFTER_MS);
    scheduler.report(3, 'https://news.test/a', verdict);
    vi.advanceTimersByTime(QUIET_MS);
    expect(run).toHaveBeenCalledTimes(3);
  });
});
