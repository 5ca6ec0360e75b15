import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { ingestArticle } from './ingest';
import { analyzedSeed, freshArchive } from './testing';

describe('ArchiveDB schema', () => {
  test('version 1 keeps what was written across close and reopen', async () => {
    const factory = new IDBFactory();
    const first = freshArchive('schema-test', factory);
    const { id } = await ingestArticle(first, analyzedSeed(3), { origin: 'saved', savedAt: '2022-12-20T08:00:00.000Z' });
    first.close();

    const reopened = freshArchive('schema-test', factory);
    await reopened.open();
    expect(reopened.verno).toBe(1);
    const record = await reopened.articles.get(id);
    expect(record?.title).toContain('Putin heads for Belarus');
    expect(record?.savedAt).toBe('2022-12-20T08:00:00.000Z');
    expect(record?.origin).toBe('saved');
    expect(await reopened.statements.where('articleId').equals(id).count()).toBe(
      analyzedSeed(3).statements.length,
    );
    // The multi-entry index answers lookups by any one of the article's keys.
    const someKey = record?.keys[0] ?? '';
    expect(await reopened.articles.where('keys').equals(someKey).primaryKeys()).toEqual([id]);
    reopened.close();
  });
});
