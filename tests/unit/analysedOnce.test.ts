import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzePage } from '../../entrypoints/background/pageAnalysis';
import { readTabState } from '../../entrypoints/background/tabStates';
import { analyzedSeed, freshArchive } from '../../src/archive/testing';

vi.mock('../../entrypoints/background/browserUi', () => ({ setBadge: async () => undefined }));
const seed = analyzedSeed(2, 'https://news.test/2022/12/minsk-visit');
const extract = vi.fn(async () => seed.article);
vi.mock('../../entrypoints/background/extractInTab', () => ({ extractInTab: () => extract() }));
const analyses = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/src/core/pipeline', async (original) => {
  const real = await original<typeof import('../../src/core/pipeline')>();
  return { ...real, analyzeExtracted: (...args: Parameters<typeof real.analyzeExtracted>) => (analyses.count++, real.analyzeExtracted(...args)) };
});

// A page that reports itself again and again (history pushes, location changes) is read each
// time to see whether it changed, but the same address and text are analysed once (issue 12).
describe('a page analysed once for one address and text', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    analyses.count = 0;
  });

  test('twenty reports of the same page: one analysis, every report answered', async () => {
    const db = freshArchive(`once-${Math.random()}`);
    for (let i = 0; i < 20; i++) await analyzePage(db, 7, seed.article.url, seed.detection);
    expect(analyses.count).toBe(1);
    expect((await readTabState(7)).status).toBe('ready');
    expect((await readTabState(7)).article?.title).toBe(seed.article.title);
  });

  test('the same address with a changed text (a live page updated) is analysed again', async () => {
    const db = freshArchive(`once-${Math.random()}`);
    const url = 'https://news.test/2022/12/minsk-visit-live';
    extract.mockImplementationOnce(async () => ({ ...seed.article, url }));
    await analyzePage(db, 8, url, seed.detection);
    extract.mockImplementationOnce(async () => ({ ...seed.article, url, text: `${seed.article.text}\n\nUpdate: the talks ended without a statement.` }));
    await analyzePage(db, 8, url, seed.detection);
    expect(analyses.count).toBe(2);
  });
});
