import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { deleteArticle, restoreArticle, takeArticle } from './articles';
import { ArchiveDB } from './db';
import { ingestArticle, ingestArticles } from './ingest';
import { completeCheckCache, loadAllKeyCounts, loadCorpusStats } from './keyStats';
import { foldPendingKeyCounts, isPendingKey, keyCountsOf } from './pendingKeyCounts';
import { replaceAnalysis } from './reanalyzeStale';
import { checkArticle } from './related';
import { analyzedSeed, RUSSIAN_MINSK_VISIT } from './testing';

// Batches write their key counts as one pending row each, folded later (pendingKeyCounts.ts).
// Whatever is pending or folded, every count read, and so every check, must be what the
// per-article path (each key's row read and written with its article) gives.

const factory = () => new IDBFactory();
const handle = (f: IDBFactory, name = 'archive') => new ArchiveDB(name, { indexedDB: f, IDBKeyRange });

/** Seed n at an address and with a closing line of its own: the same report filed again. */
const copy = (n: number, copyNo: number) => {
  const seed = analyzedSeed(n);
  return { ...seed, article: { ...seed.article, url: `https://example.test/${n}/${copyNo}`, text: `${seed.article.text}\n\nFiled again (${copyNo}).` } };
};
const batch = (copyNo: number) => [0, 1, 2, 3, 4].map((n) => ({ analyzed: copy(n, copyNo), origin: 'imported' as const }));

/** The counts as the archive's rows say they must be: each key, the number of articles carrying it. */
async function truth(db: ArchiveDB): Promise<Map<string, number>> {
  const df = new Map<string, number>();
  for (const { keys } of await db.features.toArray()) for (const key of new Set(keys)) df.set(key, (df.get(key) ?? 0) + 1);
  return df;
}

const pendingRows = async (db: ArchiveDB) => (await db.keyStats.toArray()).filter((row) => isPendingKey(row.key)).length;
/** The key rows alone (no counters, no pending rows). */
const keyRows = async (db: ArchiveDB) => new Map((await db.keyStats.toArray()).filter((row) => !row.key.startsWith('#')).map((row) => [row.key, row.df]));

describe('key counts written pending and folded later', () => {
  test('imports, deletes, undo, re-analysis and re-imports count as one article at a time would, pending or folded', async () => {
    // `perArticle` stores every article alone (its counts written to the keys' rows); `batched`
    // imports in batches and is never folded until the end; `folded` is folded after each step.
    const f = factory();
    const [perArticle, batched, folded] = [handle(f, 'one'), handle(f, 'batched'), handle(f, 'folded')];
    const step = async (what: (db: ArchiveDB, alone: boolean) => Promise<unknown>) => {
      await what(perArticle, true);
      await what(batched, false);
      await what(folded, false);
      // Folded in parts of seven keys, each key's row read as it is folded (as in a large archive).
      expect(await foldPendingKeyCounts(folded, undefined, 7, 0)).toBe(true);
      const expected = await truth(perArticle);
      expect(await keyRows(perArticle)).toEqual(expected);
      expect(await keyCountsOf(batched)).toEqual(expected);
      expect(await keyRows(folded)).toEqual(expected);
      expect(await pendingRows(folded)).toBe(0);
      for (const db of [batched, folded]) expect((await db.keyStats.get('#articles'))?.df).toBe(await perArticle.articles.count());
      // A check reads the same counts, so shows the same reports with the same scores.
      for (const query of [analyzedSeed(4), RUSSIAN_MINSK_VISIT]) {
        const expectedCheck = await checkArticle(perArticle, query);
        expect(await checkArticle(batched, query)).toEqual(expectedCheck);
        expect(await checkArticle(folded, query)).toEqual(expectedCheck);
      }
    };
    const importBatch = (copyNo: number) => async (db: ArchiveDB, alone: boolean) => {
      if (!alone) return ingestArticles(db, batch(copyNo));
      for (const item of batch(copyNo)) await ingestArticle(db, item.analyzed, { origin: 'imported' });
    };
    const idOf = async (db: ArchiveDB, url: string) => (await db.articles.where('canonicalUrl').equals(url).first())!.id;
    await step(importBatch(0));
    await step(importBatch(1));
    expect(await pendingRows(batched)).toBe(2);
    // A save and a delete while rows are pending (they are pending too), the import again (all duplicates).
    await step((db) => ingestArticle(db, RUSSIAN_MINSK_VISIT, { origin: 'saved' }));
    await step(async (db) => deleteArticle(db, await idOf(db, 'https://example.test/1/0')));
    await step(importBatch(1));
    // Undo of a delete, and a re-analysis, on both paths.
    let taken: Awaited<ReturnType<typeof takeArticle>>[] = [];
    await step(async (db) => void taken.push(await takeArticle(db, await idOf(db, 'https://example.test/2/1'))));
    await step(async (db) => restoreArticle(db, taken.shift()!));
    await step(async (db) => replaceAnalysis(db, (await db.articles.get(await idOf(db, 'https://example.test/3/0')))!, true));
    // A key carried by one article only, deleted again: its count goes to 0 and its row away.
    await step(async (db) => deleteArticle(db, await idOf(db, 'https://example.test/0/1')));
    await step(importBatch(2));
    expect(await pendingRows(batched)).toBeGreaterThan(2);
    // Folded at last by two pages at once in parts of three keys, the rows read whole first:
    // each finds the other folded meanwhile, and the rows are the per-article path's.
    const other = handle(f, 'batched');
    expect(await Promise.all([foldPendingKeyCounts(batched, undefined, 3), foldPendingKeyCounts(other, undefined, 5)])).toEqual([true, true]);
    expect(await pendingRows(batched)).toBe(0);
    expect(await keyRows(batched)).toEqual(await keyRows(perArticle));
    taken = [];
  });

  test('a batch whose transaction fails leaves no pending row, and a fold told to stop leaves the rest pending', async () => {
    const db = handle(factory());
    await ingestArticles(db, batch(0));
    await ingestArticles(db, batch(1));
    await expect(db.transaction('rw', db.articleTables, async () => {
      await ingestArticles(db, batch(2));
      throw new Error('worker stopped');
    })).rejects.toThrow('worker stopped');
    expect(await pendingRows(db)).toBe(2);
    expect(await keyCountsOf(db)).toEqual(await truth(db));
    let asked = 0;
    expect(await foldPendingKeyCounts(db, () => ++asked > 2, 5)).toBe(false);
    expect(await pendingRows(db)).toBeGreaterThan(0);
    expect(await keyCountsOf(db)).toEqual(await truth(db));
    expect(await foldPendingKeyCounts(db)).toBe(true);
    expect(await keyRows(db)).toEqual(await truth(db));
  });

  test('counts held whole or read key by key overlay the pending rows, and stay right across a fold by another page', async () => {
    const f = factory();
    const writer = handle(f);
    await ingestArticles(writer, batch(0));
    await ingestArticles(writer, batch(1));
    const expected = await truth(writer);
    const keys = [...expected.keys()];
    const reader = handle(f);
    const before = await loadCorpusStats(reader, keys);
    expect(keys.map((key) => before.df(key))).toEqual(keys.map((key) => expected.get(key)));
    expect(await loadAllKeyCounts(reader)).toBe(true);
    expect(completeCheckCache(reader)?.all).toEqual(expected);
    const generation = (await writer.keyStats.get('#generation'))?.df;
    // Another page folds: no count moves, so neither does the generation, and what is held stays true.
    expect(await foldPendingKeyCounts(writer, undefined, 4)).toBe(true);
    expect((await writer.keyStats.get('#generation'))?.df).toBe(generation);
    expect(completeCheckCache(reader)?.all).toEqual(expected);
    const fresh = handle(f);
    const after = await loadCorpusStats(fresh, keys);
    expect(keys.map((key) => after.df(key))).toEqual(keys.map((key) => expected.get(key)));
    expect(await loadAllKeyCounts(fresh)).toBe(true);
    expect(completeCheckCache(fresh)?.all).toEqual(expected);
  });

  test('a read of every count that meets a fold between its pages gives up, and reads right the next time', async () => {
    const f = factory();
    const writer = handle(f);
    await ingestArticles(writer, batch(0));
    await foldPendingKeyCounts(writer);
    await ingestArticles(writer, batch(1));
    const reader = handle(f);
    let pages = 0;
    // The fold runs between the reader's first and second page.
    const stop = async () => {
      if (++pages === 2) await foldPendingKeyCounts(writer);
      return false;
    };
    expect(await loadAllKeyCounts(reader, stop, { pageSize: 10 })).toBe(false);
    expect(await pendingRows(writer)).toBe(0);
    expect(await loadAllKeyCounts(reader, undefined, { pageSize: 10 })).toBe(true);
    expect(completeCheckCache(reader)?.all).toEqual(await truth(writer));
  });
});
