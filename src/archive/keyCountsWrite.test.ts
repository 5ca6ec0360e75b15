import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { takeArticle, restoreArticle } from './articles';
import { ArchiveDB } from './db';
import { ingestArticle, ingestArticles } from './ingest';
import { updateKeyCounts } from './keyCountsWrite';
import { analyzedSeed } from './testing';

// Two pages of one archive (the archive page importing, the background saving a tab's article)
// each open the database themselves: two ArchiveDB objects on one IndexedDB.
const twoWriters = () => {
  const factory = new IDBFactory();
  return [new ArchiveDB('archive', { indexedDB: factory, IDBKeyRange }), new ArchiveDB('archive', { indexedDB: factory, IDBKeyRange })] as const;
};

/** Seed n at an address and with a closing line of its own: the same report filed again. */
const copy = (n: number, copyNo: number) => {
  const seed = analyzedSeed(n);
  return { ...seed, article: { ...seed.article, url: `https://example.test/${n}/${copyNo}`, text: `${seed.article.text}\n\nFiled again (${copyNo}).` } };
};

const counts = async (db: ArchiveDB) => new Map((await db.keyStats.toArray()).filter((row) => !row.key.startsWith('#')).map((row) => [row.key, row.df]));

/** The counts as the archive's rows say they must be: each key, the number of articles carrying it. */
async function truth(db: ArchiveDB): Promise<Map<string, number>> {
  const df = new Map<string, number>();
  for (const { keys } of await db.features.toArray()) for (const key of new Set(keys)) df.set(key, (df.get(key) ?? 0) + 1);
  return df;
}

describe('key counts written batch after batch', () => {
  test('an import batch after batch counts as the rows say, and a save from another page between batches is counted too', async () => {
    const [importer, background] = twoWriters();
    for (let batch = 0; batch < 3; batch++) {
      await ingestArticles(importer, [0, 1, 2, 3, 4].map((n) => ({ analyzed: copy(n, batch), origin: 'imported' as const })));
      // Seed 1 (Belarus's part in the war) shares keys with the import: its counts move under the importer's copy.
      await ingestArticle(background, copy(1, 100 + batch), { origin: 'saved' });
    }
    expect(await importer.articles.count()).toBe(18);
    expect(await counts(importer)).toEqual(await truth(importer));
    expect((await importer.keyStats.get('#articles'))?.df).toBe(18);
  });

  test('a batch whose transaction fails leaves counts that later batches still keep right', async () => {
    const [db] = twoWriters();
    await ingestArticles(db, [0, 1, 2, 3, 4].map((n) => ({ analyzed: copy(n, 0), origin: 'imported' as const })));
    const keys = new Map([...(await counts(db)).keys()].map((key) => [key, 1]));
    await expect(db.transaction('rw', db.articleTables, async () => {
      await updateKeyCounts(db, keys, 0);
      throw new Error('disk full');
    })).rejects.toThrow('disk full');
    await ingestArticles(db, [0, 1, 2, 3, 4].map((n) => ({ analyzed: copy(n, 1), origin: 'imported' as const })));
    expect(await counts(db)).toEqual(await truth(db));
  });

  test('a batch after batches finds the articles written meanwhile by another page or by this one outside a batch', async () => {
    const [importer, background] = twoWriters();
    const batch = (copyNo: number) => [0, 1, 2, 3, 4].map((n) => ({ analyzed: copy(n, copyNo), origin: 'imported' as const }));
    for (const copyNo of [0, 1, 2]) await ingestArticles(importer, batch(copyNo));
    // Saved from a tab while the import runs: the import's next batch holds the same report.
    await ingestArticle(background, copy(2, 3), { origin: 'saved' });
    const fourth = await ingestArticles(importer, batch(3));
    expect(fourth.map((result) => result.status)).toEqual(['added', 'added', 'duplicate', 'added', 'added']);
    // Deleted and put back (Undo) in the importing page itself, then met again by the import.
    const taken = (await takeArticle(importer, fourth[0]!.id))!;
    await ingestArticles(importer, batch(4));
    await restoreArticle(importer, taken);
    const again = await ingestArticles(importer, [{ analyzed: copy(0, 3), origin: 'imported' as const }, ...batch(5)]);
    expect(again[0]?.status).toBe('duplicate');
    expect(await importer.articles.count()).toBe(6 * 5);
    expect(await counts(importer)).toEqual(await truth(importer));
  });
});
