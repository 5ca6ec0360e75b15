import { describe, expect, it } from 'vitest';
import { ingestArticle } from './ingest';
import { reanalyzeAll } from './reanalyzeAll';
import { analyzedSeed, freshArchive, storedStatements } from './testing';

describe('Re-analyse all', () => {
  it('analyses every article again from its stored text, with progress, keeping ids and save times', async () => {
    const db = freshArchive(`reanalyze-all-${Math.random()}`);
    for (const n of [0, 1, 2]) await ingestArticle(db, analyzedSeed(n), { origin: 'saved', savedAt: `2024-02-0${n + 1}T08:00:00.000Z` });
    const before = await db.articles.toArray();
    const statementsBefore = (await storedStatements(db)).length;
    // An article stored with its statements lost: re-analysis brings them back.
    await db.articles.update(before[0]!.id, { statementPack: undefined });
    const progress: Array<[number, number]> = [];
    const ids = await reanalyzeAll(db, { onProgress: (done, total) => progress.push([done, total]) });
    expect(ids).toEqual(before.map((record) => record.id));
    expect(progress.at(-1)).toEqual([3, 3]);
    expect((await storedStatements(db)).length).toBe(statementsBefore);
    expect((await db.articles.toArray()).map((record) => record.savedAt)).toEqual(before.map((record) => record.savedAt));
  });

  it('stops between articles when asked, leaving the rest as they were', async () => {
    const db = freshArchive(`reanalyze-stop-${Math.random()}`);
    for (const n of [0, 1, 2]) await ingestArticle(db, analyzedSeed(n), { origin: 'saved' });
    const stop = new AbortController();
    const ids = await reanalyzeAll(db, { signal: stop.signal, onProgress: (done) => done === 1 && stop.abort() });
    expect(ids).toHaveLength(1);
    expect(await db.articles.count()).toBe(3);
  });
});
