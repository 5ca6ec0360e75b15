import { describe, expect, test } from 'vitest';
import { keyDay } from './matchFeatures';
import { ingestArticle, ingestArticles } from './ingest';
import { analyzedSeed, freshArchive, storedEvents, storedStatements } from './testing';

describe('ingestArticle', () => {
  test('stores the article with its statements, events and key counts', async () => {
    const db = freshArchive();
    const analyzed = analyzedSeed(1);
    const result = await ingestArticle(db, analyzed, { origin: 'imported' });
    expect(result.status).toBe('added');
    const record = await db.articles.get(result.id);
    expect(record?.publishedAt).toBe('2022-10-17');
    expect(record?.text).toBe(analyzed.article.text);
    expect((await storedStatements(db, result.id)).length).toBe(analyzed.statements.length);
    expect((await storedEvents(db, result.id)).length).toBe(analyzed.events.length);
    expect(record?.keys.length).toBeGreaterThan(0);
    const stat = await db.keyStats.get(record?.keys[0] ?? '');
    expect(stat?.df).toBe(1);
  });

  test('saving the same page twice reports the first copy', async () => {
    const db = freshArchive();
    const first = await ingestArticle(db, analyzedSeed(0), { origin: 'saved' });
    const again = await ingestArticle(db, analyzedSeed(0), { origin: 'saved' });
    expect(again.status).toBe('duplicate');
    expect(again.status === 'duplicate' && again.duplicateOf).toMatchObject({
      id: first.id,
      reason: 'same canonical URL',
    });
    expect(await db.articles.count()).toBe(1);
  });

  test('a tracking-tagged link to the same page is the same page', async () => {
    const db = freshArchive();
    await ingestArticle(db, analyzedSeed(2, 'https://news.example/belarus-ultimatum'), { origin: 'saved' });
    const tagged = analyzedSeed(2, 'https://NEWS.example/belarus-ultimatum/?utm_source=x#top');
    const again = await ingestArticle(db, tagged, { origin: 'saved' });
    expect(again.status === 'duplicate' && again.duplicateOf.reason).toBe('same canonical URL');
  });

  test('the same text at another address is a duplicate by hash', async () => {
    const db = freshArchive();
    await ingestArticle(db, analyzedSeed(3, 'https://www.tbsnews.net/world/putin-heads-belarus'), { origin: 'saved' });
    const syndicated = analyzedSeed(3, 'https://aggregator.example/reuters/putin-belarus');
    const again = await ingestArticle(db, syndicated, { origin: 'feed' });
    expect(again.status).toBe('duplicate');
    expect(again.status === 'duplicate' && again.duplicateOf).toMatchObject({
      reason: 'same text',
      url: 'https://www.tbsnews.net/world/putin-heads-belarus',
    });
    expect(await db.articles.count()).toBe(1);
  });

  test('two pages whose text could not be extracted are not duplicates of each other', async () => {
    const db = freshArchive();
    const empty = (url: string) => {
      const analyzed = analyzedSeed(0, url);
      return { ...analyzed, article: { ...analyzed.article, text: '' } };
    };
    await ingestArticle(db, empty('https://news.example/a'), { origin: 'saved' });
    const other = await ingestArticle(db, empty('https://news.example/b'), { origin: 'saved' });
    expect(other.status).toBe('added');
  });

  test('a write that fails leaves no half-written article', async () => {
    const db = freshArchive();
    const analyzed = analyzedSeed(4);
    // A statement that IndexedDB cannot store (a function) makes the statements write fail
    // after the article row was added: the transaction must take the article back out.
    const broken = {
      ...analyzed,
      statements: [{ ...analyzed.statements[0]!, text: (() => 'x') as unknown as string }],
    };
    await expect(ingestArticle(db, broken, { origin: 'saved' })).rejects.toThrow();
    expect(await db.articles.count()).toBe(0);
    expect(await db.keyStats.count()).toBe(0);
  });
});

describe('ingestArticles: a batch in one transaction', () => {
  test('stores a batch as one article at a time would: the same rows, counts and duplicates', async () => {
    const one = freshArchive();
    const batch = freshArchive();
    await ingestArticle(one, analyzedSeed(0), { origin: 'saved' });
    await ingestArticle(batch, analyzedSeed(0), { origin: 'saved' });
    // Seed 0 again (stored already), seeds 3 and 4, seed 3 again at the same address, seed 4's text at another.
    const moved = analyzedSeed(4);
    const items = [analyzedSeed(0), analyzedSeed(3), analyzedSeed(4), analyzedSeed(3), { ...moved, article: { ...moved.article, url: 'https://elsewhere.test/putin-minsk' } }];
    const expected = [];
    for (const analyzed of items) expected.push(await ingestArticle(one, analyzed, { origin: 'imported' }));
    const results = await ingestArticles(batch, items.map((analyzed) => ({ analyzed, origin: 'imported' as const })));
    expect(results).toEqual(expected);
    expect(results.map((r) => r.status)).toEqual(['duplicate', 'added', 'added', 'duplicate', 'duplicate']);
    expect(results[4]?.status === 'duplicate' && results[4].duplicateOf.reason).toBe('same text');
    expect(await batch.articles.count()).toBe(3);
    expect((await storedStatements(batch)).length).toBe((await storedStatements(one)).length);
    expect((await storedEvents(batch)).length).toBe((await storedEvents(one)).length);
    const stats = async (db: typeof one) => (await db.keyStats.toArray()).filter((s) => !s.key.startsWith('#generation'));
    expect(await stats(batch)).toEqual(await stats(one));
    // Each added article is found by its keys: Putin's visit to Minsk of 19 December 2022.
    expect(await batch.features.where('keyDays').equals(keyDay('e:person:putin', '2022-12-19')).count()).toBe(2);
  });
});
