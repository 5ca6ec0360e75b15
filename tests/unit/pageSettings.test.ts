import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzePage } from '../../entrypoints/background/pageAnalysis';
import { readTabState } from '../../entrypoints/background/tabStates';
import { analyzedSeed, freshArchive } from '../../src/archive/testing';
import { saveSettings } from '../../src/settings/settings';

vi.mock('../../entrypoints/background/browserUi', () => ({ setBadge: async () => undefined }));
vi.mock('@/src/messaging/server', async (original) => ({ ...(await original<object>()), broadcast: async () => undefined }));
const seed = analyzedSeed(2, 'https://news.test/2022/10/minsk');
const extract = vi.fn(async () => seed.article);
vi.mock('../../entrypoints/background/extractInTab', () => ({ extractInTab: () => extract() }));

// The archive page's settings as the background obeys them: sites never to read, auto-save.
describe('the settings in the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    extract.mockClear();
  });

  test('a site on the never-read list is not extracted, analysed or saved, and the panel says why', async () => {
    const db = freshArchive(`settings-${Math.random()}`);
    await saveSettings({ neverRead: ['news.test'], autoSave: true });
    await analyzePage(db, 5, seed.article.url, seed.detection);
    const state = await readTabState(5);
    expect(state.status).toBe('error');
    expect(state.error).toMatch(/never to read this site/);
    expect(extract).not.toHaveBeenCalled();
    expect(await db.articles.count()).toBe(0);
  });

  test('auto-save is off by default: a topical article is analysed, not saved', async () => {
    const db = freshArchive(`settings-${Math.random()}`);
    expect(seed.detection.relevant).toBe(true);
    await analyzePage(db, 6, seed.article.url, seed.detection);
    expect((await readTabState(6)).status).toBe('ready');
    expect(await db.articles.count()).toBe(0);
  });

  test('with auto-save on, a topical article is saved once as it is analysed, and the panel shows it saved', async () => {
    const db = freshArchive(`settings-${Math.random()}`);
    await saveSettings({ neverRead: ['bank.example'], autoSave: true });
    await analyzePage(db, 7, seed.article.url, seed.detection);
    const state = await readTabState(7);
    expect(state.status).toBe('ready');
    expect(state.saved).not.toBeNull();
    await analyzePage(db, 7, seed.article.url, seed.detection);
    expect(await db.articles.count()).toBe(1);
    expect((await db.articles.toArray())[0]!.title).toBe(seed.article.title);
  });

  test('with auto-save on, an off-topic article read on request is not saved', async () => {
    const db = freshArchive(`settings-${Math.random()}`);
    await saveSettings({ neverRead: [], autoSave: true });
    await analyzePage(db, 8, seed.article.url, { ...seed.detection, relevant: false }, true);
    expect((await readTabState(8)).status).toBe('ready');
    expect(await db.articles.count()).toBe(0);
  });
});
