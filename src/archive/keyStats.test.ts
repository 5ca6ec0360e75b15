import { describe, expect, test } from 'vitest';
import { indexKeys } from '../core/match';
import { deleteArticle } from './articles';
import { ingestArticle } from './ingest';
import { loadCorpusStats } from './keyStats';
import { analyzedSeed, freshArchive } from './testing';

describe('the counts a check reads', () => {
  test('the number of articles follows saves and deletes', async () => {
    const db = freshArchive();
    const first = await ingestArticle(db, analyzedSeed(0), { origin: 'saved' });
    await ingestArticle(db, analyzedSeed(1), { origin: 'saved' });
    await ingestArticle(db, analyzedSeed(2), { origin: 'saved' });
    expect((await loadCorpusStats(db, [])).docCount).toBe(3);
    await deleteArticle(db, first.id);
    expect((await loadCorpusStats(db, [])).docCount).toBe(2);
  });

  test('an archive saved before the count was kept is counted, and keeps its count from the next save', async () => {
    const db = freshArchive();
    await ingestArticle(db, analyzedSeed(0), { origin: 'saved' });
    await ingestArticle(db, analyzedSeed(1), { origin: 'saved' });
    await db.keyStats.bulkDelete(['#articles', '#generation']);
    expect((await loadCorpusStats(db, [])).docCount).toBe(2);
    await ingestArticle(db, analyzedSeed(2), { origin: 'saved' });
    expect(await db.keyStats.get('#articles')).toEqual({ key: '#articles', df: 3 });
  });

  test('a key count read for one check is not reused once the archive changed', async () => {
    const db = freshArchive();
    const [a, b] = [analyzedSeed(0), analyzedSeed(1)];
    // Seeds 0 and 1 both report on Belarus's part in the war: a key both carry.
    const shared = indexKeys(a).find((key) => indexKeys(b).includes(key))!;
    await ingestArticle(db, a, { origin: 'saved' });
    expect((await loadCorpusStats(db, [shared])).df(shared)).toBe(1);
    await ingestArticle(db, b, { origin: 'saved' });
    const after = await loadCorpusStats(db, [shared]);
    expect([after.docCount, after.df(shared)]).toEqual([2, 2]);
  });
});
