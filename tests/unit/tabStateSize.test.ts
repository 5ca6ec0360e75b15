import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { matchIntoState } from '../../entrypoints/background/pageAnalysis';
import { saveTab } from '../../entrypoints/background/routes';
import { emptyTabState, readTabState, writeTabState } from '../../entrypoints/background/tabStates';
import { ingestArticle } from '../../src/archive/ingest';
import { analyzedSeed, freshArchive, storedStatements } from '../../src/archive/testing';
import { analyzeText } from '../../src/core/pipeline';
import { seedIndex, seedRaw } from '../support/seeds';

vi.mock('../../entrypoints/background/browserUi', () => ({ setBadge: async () => undefined }));
vi.mock('@/src/messaging/server', async (original) => ({ ...(await original<object>()), broadcast: async () => undefined }));

// Issue 12, item 2: each tab's state in storage.session (10 MB for the whole extension) held
// the page's text twice and its analysis: a 1.9 M-character page took 6.95 MB, the next two
// big tabs failed with "Session storage quota bytes exceeded", and a 2.7 K-character article
// cost 33 KB per tab.

const sessionBytes = async () => new TextEncoder().encode(JSON.stringify(await fakeBrowser.storage.session.get(null))).length;

async function archiveAndPage(text: string) {
  const db = freshArchive(`tabs-${Math.random()}`);
  for (const n of [0, 1, 2, 3]) await ingestArticle(db, analyzedSeed(n), { origin: 'saved' });
  const url = 'https://news.test/2022/10/minsk-talks';
  const analyzed = analyzeText(text, { url, publishedAt: '2022-10-20' });
  const state = await matchIntoState(db, { ...emptyTabState(7, url), detection: analyzed.detection }, analyzed);
  return { db, analyzed, state };
}

describe('per-tab state is small', () => {
  beforeEach(() => fakeBrowser.reset());

  test('a 1.9 M-character page keeps under 64 KB in session storage, and Save still stores what was read', async () => {
    const seed = seedRaw(seedIndex()[4]!.file);
    let text = seed;
    for (let i = 0; text.length < 1_900_000; i += 1) text += `\n\n${seed.split('\n').slice(2).join('\n')} (${i})`;
    const { db, analyzed, state } = await archiveAndPage(text);
    expect(state.related.length).toBeGreaterThan(0);
    await writeTabState(state);
    expect(await sessionBytes()).toBeLessThan(64 * 1024);

    const shown = await readTabState(7);
    expect(shown).toMatchObject({ status: 'ready', article: { title: state.article!.title, truncated: true } });
    expect(shown.related).toEqual(state.related);

    const outcome = await saveTab(db, 7);
    expect(outcome.status).toBe('added');
    const stored = await db.articles.get(outcome.saved.id);
    expect(stored!.text.length).toBeGreaterThan(250_000);
    expect((await storedStatements(db, outcome.saved.id)).length).toBe(analyzed.statements.length);
  }, 60_000);

  test('an ordinary article costs a few kilobytes per tab, not 33 KB', async () => {
    const { state } = await archiveAndPage(seedRaw(seedIndex()[4]!.file));
    await writeTabState(state);
    expect(await sessionBytes()).toBeLessThan(12 * 1024);
  });

  test('a full session storage leaves the tab a short state that says so, not a silent failure', async () => {
    const { state } = await archiveAndPage(seedRaw(seedIndex()[4]!.file));
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementationOnce(async () => {
      throw new Error('Session storage quota bytes exceeded. Values were not stored.');
    }).mockImplementation(set);
    await writeTabState(state);
    const shown = await readTabState(7);
    expect(shown.status).toBe('error');
    expect(shown.error).toMatch(/session storage.*full.*Close some tabs/i);
  });
});
