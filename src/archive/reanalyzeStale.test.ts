import { expect, test } from 'vitest';
import { ANALYZER_VERSION } from '../core/analyze';
import { ingestArticle } from './ingest';
import { reanalyzeStale } from './reanalyzeStale';
import { analyzedSeed, freshArchive, storedStatements } from './testing';

test('an article stored by an older analyzer is read again, with its statements, events and key counts', async () => {
  const db = freshArchive();
  const { id } = await ingestArticle(db, analyzedSeed(1), { origin: 'saved', savedAt: '2022-10-18T08:00:00.000Z' });
  await ingestArticle(db, analyzedSeed(2), { origin: 'saved' });
  const fresh = await db.articles.get(id);
  const freshStatements = (await storedStatements(db, id)).length;
  // The key counts; rows such as '#articles' count the archive, not a key.
  const keyCounts = async () => (await db.keyStats.toArray()).filter((stat) => !stat.key.startsWith('#'));
  const freshStats = await keyCounts();

  // What an older version left behind: fewer statements, a key the new analyzer no longer gives.
  await db.articles.update(id, { statementPack: undefined, analyzerVersion: ANALYZER_VERSION - 1, keys: [...fresh!.keys, 't:obsolete'] });
  await db.keyStats.put({ key: 't:obsolete', df: 1 });

  expect(await reanalyzeStale(db)).toBe(1);
  const record = await db.articles.get(id);
  expect(record).toMatchObject({ analyzerVersion: ANALYZER_VERSION, keys: fresh!.keys, savedAt: '2022-10-18T08:00:00.000Z', origin: 'saved' });
  expect((await storedStatements(db, id)).length).toBe(freshStatements);
  expect(await db.keyStats.get('t:obsolete')).toBeUndefined();
  expect(await keyCounts()).toEqual(freshStats);
  expect(await reanalyzeStale(db)).toBe(0);
});
