import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkArticle, ingestArticle, listArticles, searchArticles } from '../../archive';
import { analyzedSeed, freshArchive } from '../../archive/testing';
import { analyzeText } from '../../core/pipeline';
import { openArchiveStore } from './archiveStore';

const workDir = mkdtempSync(join(tmpdir(), 'backstory-store-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const report = (n: number, title: string, body: string) =>
  analyzeText(`${title}\n\n${body}`, { url: `https://news.test/${n}`, publishedAt: `2023-06-${String(10 + n).padStart(2, '0')}` });

describe('the archive in an SQLite store file', () => {
  test('answers a check exactly as the same archive in memory does', async () => {
    const store = await openArchiveStore(join(workDir, 'same.sqlite'), { write: true });
    const memory = freshArchive('same-in-memory');
    for (const n of [0, 1, 2, 3]) {
      await ingestArticle(store.db, analyzedSeed(n), { origin: 'imported', savedAt: '2026-01-01T00:00:00.000Z' });
      await ingestArticle(memory, analyzedSeed(n), { origin: 'imported', savedAt: '2026-01-01T00:00:00.000Z' });
    }
    store.commit();
    store.close();
    const reopened = await openArchiveStore(join(workDir, 'same.sqlite'), { write: false });
    const query = analyzedSeed(4, 'https://example.test/putin-in-minsk');
    const fromStore = await checkArticle(reopened.db, query);
    expect(fromStore.related.length).toBeGreaterThan(0);
    expect(fromStore).toEqual(await checkArticle(memory, query));
    expect(await listArticles(reopened.db, { offset: 0, limit: 10, search: 'Putin' }))
      .toEqual(await listArticles(memory, { offset: 0, limit: 10, search: 'Putin' }));
    reopened.close();
    memory.close();
  });

  test('an article added after reopening gets a new id, and a copy is still refused', async () => {
    const path = join(workDir, 'ids.sqlite');
    const first = await openArchiveStore(path, { write: true });
    const a = await ingestArticle(first.db, report(1, 'Лукашенко встретился с Путиным', 'Александр Лукашенко встретился с Владимиром Путиным в Минске.'), { origin: 'saved' });
    first.commit();
    first.close();
    const second = await openArchiveStore(path, { write: true });
    const b = await ingestArticle(second.db, report(2, 'Зеленський відвідав Херсон', 'Президент України Володимир Зеленський відвідав Херсон.'), { origin: 'saved' });
    const again = await ingestArticle(second.db, report(1, 'Лукашенко встретился с Путиным', 'Александр Лукашенко встретился с Владимиром Путиным в Минске.'), { origin: 'saved' });
    second.commit();
    expect(a.status === 'added' && b.status === 'added' && b.id > a.id).toBe(true);
    expect(again.status).toBe('duplicate');
    expect(await second.db.articles.count()).toBe(2);
    second.close();
  });

  test('what was not committed is not there: a failed or killed ingest changes nothing', async () => {
    const path = join(workDir, 'rollback.sqlite');
    const setup = await openArchiveStore(path, { write: true });
    await ingestArticle(setup.db, report(3, 'Polish border guards detained migrants', 'Polish border guards detained 40 migrants near the Belarusian border, the service said.'), { origin: 'saved' });
    setup.commit();
    setup.close();
    const failing = await openArchiveStore(path, { write: true });
    await ingestArticle(failing.db, report(4, 'Nuclear weapons moved to Belarus', 'Russia has moved tactical nuclear weapons to Belarus, Lukashenko said.'), { origin: 'saved' });
    failing.close();
    const after = await openArchiveStore(path, { write: false });
    expect((await after.db.articles.toArray()).map((article) => article.title)).toEqual(['Polish border guards detained migrants']);
    after.close();
  });

  test('range, reverse and modify queries read the rows IndexedDB would', async () => {
    const store = await openArchiveStore(join(workDir, 'queries.sqlite'), { write: true });
    const memory = freshArchive('queries-in-memory');
    const keys = ['e:country:BY', 'e:country:RU', 'e:country:UA', 't:что', 't:для', 't:мінск', 'p:lukashenko', 'n:3000'];
    for (const db of [store.db, memory]) {
      await db.keyStats.bulkPut(keys.map((key, i) => ({ key, df: i + 1 })));
      await db.keyStats.where('key').startsWith('e:').modify((stat) => { stat.df *= 10; });
      await db.keyStats.delete('t:для');
    }
    const read = async (db: typeof memory) => [
      await db.keyStats.toArray(),
      await db.keyStats.where('key').between('e:', 'p:').reverse().limit(3).primaryKeys(),
      await db.keyStats.where('key').anyOf(['t:что', 'n:3000', 'x:none']).toArray(),
      await db.keyStats.orderBy('key').reverse().offset(1).first(),
      await db.keyStats.count(),
    ];
    expect(await read(store.db)).toEqual(await read(memory));
    store.close();
    memory.close();
  });

  test('a store written by an older version is upgraded once, by the first reader', async () => {
    const path = join(workDir, 'old.sqlite');
    const writer = await openArchiveStore(path, { write: true });
    await ingestArticle(writer.db, analyzedSeed(2), { origin: 'imported' });
    // Make it a version-1 store: no index of search words (version 2 adds and fills it).
    writer.sqlite.exec(`DELETE FROM entries WHERE space = (SELECT id FROM spaces WHERE idx = 'searchWords');
      DELETE FROM spaces WHERE idx = 'searchWords'; UPDATE meta SET value = '10' WHERE name = 'idbVersion';`);
    writer.commit();
    writer.close();
    const reader = await openArchiveStore(path, { write: false });
    const found = await searchArticles(reader.db, { offset: 0, limit: 10, search: 'ultimatum' });
    expect(found.articles.map((article) => article.title)).toEqual([expect.stringMatching(/ultimatum/i)]);
    const version = reader.sqlite.prepare("SELECT value FROM meta WHERE name = 'idbVersion'").get() as { value: string };
    expect(Number(version.value)).toBe(Math.round(reader.db.verno * 10));
    reader.close();
  });
});
