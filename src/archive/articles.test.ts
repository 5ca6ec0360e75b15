import { describe, expect, test } from 'vitest';
import { analyzeText } from '../core/pipeline';
import { countArticles, deleteArticle, getArticleByUrl, listArticles, searchArticles } from './articles';
import { ingestArticle } from './ingest';
import { analyzedSeed, freshArchive, storedEvents, storedStatements } from './testing';

async function archiveOfSeeds(seeds: number[]) {
  const db = freshArchive();
  const ids: number[] = [];
  for (const [i, n] of seeds.entries()) {
    const savedAt = `2023-02-0${i + 1}T10:00:00.000Z`;
    ids.push((await ingestArticle(db, analyzedSeed(n), { origin: 'saved', savedAt })).id);
  }
  return { db, ids };
}

describe('archive queries', () => {
  test('deleting an article removes its statements, events and key counts', async () => {
    const { db, ids } = await archiveOfSeeds([1, 2]);
    const [first = 0, second = 0] = ids;
    const keysOfFirst = (await db.articles.get(first))?.keys ?? [];
    const keysOfSecond = new Set((await db.articles.get(second))?.keys ?? []);
    expect((await storedStatements(db, first)).length).toBeGreaterThan(0);

    expect(await deleteArticle(db, first)).toBe(true);
    expect(await countArticles(db)).toBe(1);
    expect((await storedStatements(db, first)).length).toBe(0);
    expect((await storedEvents(db, first)).length).toBe(0);
    for (const key of keysOfFirst) {
      expect((await db.keyStats.get(key))?.df ?? 0).toBe(keysOfSecond.has(key) ? 1 : 0);
    }
    expect(await deleteArticle(db, first)).toBe(false);
  });

  test('lists newest saves first, without text, and searches titles', async () => {
    const { db } = await archiveOfSeeds([0, 3, 4]);
    const all = await listArticles(db, { limit: 10, offset: 0 });
    expect(all.map((a) => a.savedAt)).toEqual([
      '2023-02-03T10:00:00.000Z',
      '2023-02-02T10:00:00.000Z',
      '2023-02-01T10:00:00.000Z',
    ]);
    expect(all[0]).not.toHaveProperty('text');
    const page = await listArticles(db, { limit: 1, offset: 1 });
    expect(page.map((a) => a.savedAt)).toEqual(['2023-02-02T10:00:00.000Z']);
    const found = await listArticles(db, { limit: 10, offset: 0, search: 'putin HEADS' });
    expect(found.map((a) => a.title)).toEqual([expect.stringContaining('Putin heads for Belarus')]);
  });

  test('searches by the beginnings of words of the title, the outlet and the address, in any script and case, with the total', async () => {
    const db = freshArchive();
    const save = (url: string, title: string, savedAt: string) => ingestArticle(db, analyzeText(`${title}\n\n${title}. Подробности позже.`, { url, publishedAt: '2020-08-10' }), { origin: 'saved', savedAt });
    await save('https://news.tut.by/a', 'МВД Беларуси опровергает сообщения о погибшем в Минске', '2020-08-10T08:00:00.000Z');
    await save('https://www.svaboda.org/a/30774.html', 'У Мінску загінуў удзельнік пратэсту', '2020-08-11T08:00:00.000Z');
    await save('https://meduza.io/news/2020/08/11/minsk', 'В Минске погиб протестующий', '2020-08-11T09:00:00.000Z');

    const minsk = await searchArticles(db, { offset: 0, limit: 10, search: 'минск' });
    expect(minsk.total).toBe(2);
    expect(minsk.articles.map((a) => a.url)).toEqual(['https://meduza.io/news/2020/08/11/minsk', 'https://news.tut.by/a']);
    // A word of the address (the outlet's host) and a word of the title together.
    expect((await searchArticles(db, { offset: 0, limit: 10, search: 'svaboda Мінску' })).articles.map((a) => a.url)).toEqual(['https://www.svaboda.org/a/30774.html']);
    expect((await searchArticles(db, { offset: 0, limit: 10, search: 'МВД ПОГИБШ' })).total).toBe(1);
    // Every word must match: only Meduza has "minsk" in its address and "Минске" in its title.
    expect((await searchArticles(db, { offset: 0, limit: 10, search: 'minsk минск' })).articles.map((a) => a.url)).toEqual(['https://meduza.io/news/2020/08/11/minsk']);
    // A page of one, and the total of all pages.
    const page = await searchArticles(db, { offset: 1, limit: 1, search: 'минск' });
    expect(page.total).toBe(2);
    expect(page.articles.map((a) => a.url)).toEqual(['https://news.tut.by/a']);
    expect((await searchArticles(db, { offset: 0, limit: 10, search: 'киев' })).total).toBe(0);
  });

  test('finds an article by a differently written link to it', async () => {
    const db = freshArchive();
    await ingestArticle(db, analyzedSeed(4, 'https://www.infobae.com/en/2022/12/19/putin-belarus/'), {
      origin: 'saved',
    });
    const record = await getArticleByUrl(db, 'https://WWW.infobae.com/en/2022/12/19/putin-belarus?utm_campaign=x');
    expect(record?.publishedAt).toBe('2022-12-19');
    expect(await getArticleByUrl(db, 'https://www.infobae.com/en/other')).toBeUndefined();
  });
});
