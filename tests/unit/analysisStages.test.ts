import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzePage } from '../../entrypoints/background/pageAnalysis';
import { readTabState, resetTabState } from '../../entrypoints/background/tabStates';
import type { TabState } from '../../src/messaging/protocol';
import { analyzedSeed, freshArchive } from '../../src/archive/testing';

vi.mock('../../entrypoints/background/browserUi', () => ({ setBadge: async () => undefined }));
const told: TabState[] = [];
vi.mock('@/src/messaging/server', async (original) => ({
  ...(await original<object>()),
  broadcast: async (name: string, payload: { state?: TabState }) => {
    if (name === 'tabStateChanged' && payload.state) told.push(payload.state);
  },
}));
const seed = analyzedSeed(2, 'https://news.test/2022/10/minsk');
const extract = vi.fn(async () => seed.article);
vi.mock('../../entrypoints/background/extractInTab', () => ({ extractInTab: () => extract() }));

// The panel's progress: what the background tells it while an article is analysed.
describe('the steps of an analysis, as the panel hears them', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    told.length = 0;
  });

  test('reading, then finding statements with the title known, then matching, then the result', async () => {
    await analyzePage(freshArchive(`stages-${Math.random()}`), 3, seed.article.url, seed.detection);
    expect(told.map((state) => state.stage ?? state.status)).toEqual(['reading', 'analysing', 'matching', 'ready']);
    expect(told[0]!.article).toBeNull();
    // The header is in place from the second step on, so it does not move when results come.
    expect(told[1]!.article?.title).toBe(seed.article.title);
    expect(told[2]!.article?.title).toBe(seed.article.title);
    expect(told[3]!.stage).toBeUndefined();
  });

  test('a step is not told over the next page the reader moved on to', async () => {
    extract.mockImplementationOnce(async () => {
      await resetTabState(4, 'https://news.test/next');
      return seed.article;
    });
    await analyzePage(freshArchive(`stages-${Math.random()}`), 4, seed.article.url, seed.detection);
    expect(told.map((state) => state.stage ?? state.status)).toEqual(['reading', 'waiting']);
    expect((await readTabState(4)).url).toBe('https://news.test/next');
  });
});
