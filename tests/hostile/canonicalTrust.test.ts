import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzePage } from '../../entrypoints/background/pageAnalysis';
import { saveTab } from '../../entrypoints/background/routes';
import { readTabState } from '../../entrypoints/background/tabStates';
import { freshArchive } from '../../src/archive/testing';
import type { ExtractedArticle } from '../../src/core/types';
import { seedIndex, seedRaw } from '../support/seeds';

vi.mock('../../entrypoints/background/browserUi', () => ({ setBadge: async () => undefined }));
vi.mock('@/src/messaging/server', async (original) => ({ ...(await original<object>()), broadcast: async () => undefined }));
const extracted = vi.hoisted(() => ({ current: null as ExtractedArticle | null }));
vi.mock('../../entrypoints/background/extractInTab', () => ({ extractInTab: async () => extracted.current }));

const detection = { isArticle: true, relevant: true, score: 5, countries: ['BY' as const], reasons: ['test'] };
const text = seedRaw(seedIndex()[1]!.file).split('\n').slice(2).join('\n');
const page = (url: string, siteName: string): ExtractedArticle => ({
  url, title: 'Lukashenko and Putin meet in Minsk', byline: null, siteName, publishedAt: '2022-10-20', lang: 'en', text,
});

// Issue 12, item 5: a page at attacker.livejournal.com naming another blog as canonical was
// stored under the victim's address, and the victim's genuine page could then never be saved.
describe('a canonical link to another site on a shared host is not believed', () => {
  beforeEach(() => fakeBrowser.reset());

  test.each([
    ['https://attacker.livejournal.com/1.html', 'https://victim.livejournal.com/77.html'],
    ['https://telegra.ph/Attacker-10-20', 'https://telegra.ph/Victim-report-10-19'],
    ['https://news.kyiv.ua/a', 'https://victim.kyiv.ua/a'],
  ])('%s claiming %s keeps its own address, and the victim can still save theirs', async (attacker, victim) => {
    const db = freshArchive(`canonical-${Math.random()}`);
    extracted.current = page(victim, 'Victim');
    await analyzePage(db, 3, attacker, detection);
    expect((await readTabState(3)).article?.url).toBe(attacker);
    await saveTab(db, 3);
    expect((await db.articles.toArray()).map((record) => record.url)).toEqual([attacker]);

    // The genuine page, with other words: saved under its own address, not a "duplicate".
    extracted.current = { ...page(victim, 'Victim'), text: `${text}\n\nUpdated with a reply from the ministry.` };
    await analyzePage(db, 4, victim, detection);
    expect((await saveTab(db, 4)).status).toBe('added');
  });

  test('a canonical on the same site is still followed', async () => {
    const db = freshArchive(`canonical-${Math.random()}`);
    extracted.current = page('https://www.reuters.com/world/minsk-talks', 'Reuters');
    await analyzePage(db, 5, 'https://reuters.com/world/minsk-talks?utm_source=x', detection);
    expect((await readTabState(5)).article?.url).toBe('https://www.reuters.com/world/minsk-talks');
  });

  test("a page calling itself Reuters away from reuters.com carries the real host for the panel", async () => {
    const db = freshArchive(`canonical-${Math.random()}`);
    extracted.current = page('https://attacker.livejournal.com/1.html', 'Reuters');
    await analyzePage(db, 6, 'https://attacker.livejournal.com/1.html', detection);
    expect((await readTabState(6)).article).toMatchObject({ siteName: 'Reuters', outletHost: 'attacker.livejournal.com' });
  });
});
