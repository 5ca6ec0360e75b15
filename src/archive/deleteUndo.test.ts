import { describe, expect, test } from 'vitest';
import { exportBundle } from './bundle';
import { restoreArticle, takeArticle } from './articles';
import { ingestArticle } from './ingest';
import { analyzedSeed, freshArchive, storedStatements } from './testing';

// Issue 12, item 8: delete was permanent behind confirm(), with no way back from a slip.
describe('delete with undo', () => {
  test('an article taken out and put back is the archive it was: rows, ids, key counts', async () => {
    const db = freshArchive();
    const ids: number[] = [];
    for (const n of [1, 2, 3]) ids.push((await ingestArticle(db, analyzedSeed(n), { origin: 'saved' })).id);
    const before = await exportBundle(db);
    // Every change counts one more generation of the key counts: all else is as it was.
    const counts = async () => (await db.keyStats.toArray()).filter((stat) => stat.key !== '#generation');
    const stats = await counts();

    const taken = await takeArticle(db, ids[1]!);
    expect(taken?.article.title).toBe(before.articles[1]!.title);
    expect(await db.articles.count()).toBe(2);
    expect((await storedStatements(db, ids[1]!)).length).toBe(0);

    expect(await restoreArticle(db, taken!)).toBe('restored');
    expect({ ...(await exportBundle(db)), exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
    expect(await counts()).toEqual(stats);
  });

  test('an id that is not in the archive is reported, not deleted "successfully"', async () => {
    const db = freshArchive();
    expect(await takeArticle(db, 404)).toBeNull();
  });

  test('undo after the same article was saved again adds no second copy', async () => {
    const db = freshArchive();
    const { id } = await ingestArticle(db, analyzedSeed(1), { origin: 'saved' });
    const taken = await takeArticle(db, id);
    await ingestArticle(db, analyzedSeed(1), { origin: 'saved' });
    expect(await restoreArticle(db, taken!)).toBe('already');
    expect(await db.articles.count()).toBe(1);
  });
});
