import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { searchArticles } from './articles';
import { articleRows } from './articleRows';
import { featuresOf, keyDay } from './matchFeatures';
import { countRows } from './articleStatements';
import type { ArticleRecord, StatementRecord } from './records';
import { checkArticle } from './related';
import { ingestArticle } from './ingest';
import { analyzedSeed, freshArchive, storedEvents, storedStatements } from './testing';

// Every schema version a reader's archive may still be at, as that version's code declared it.
// An upgrade test opens such an archive with today's code: each new version adds its schema here
// and a test that what the older one held is still there and usable.
const SCHEMAS: Record<number, Record<string, string>> = {
  1: {
    articles: '++id, url, canonicalUrl, contentHash, publishedAt, savedAt, *keys',
    statements: '++id, articleId, predicate, subject, speaker',
    events: '++id, articleId, type, date, *actors',
    keyStats: '&key',
  },
  2: {
    articles: '++id, url, canonicalUrl, contentHash, publishedAt, savedAt, *keys, *searchWords',
  },
  3: {
    datasetEvents: '[dataset+sourceId], date, *placeDays',
    dismissedPairs: '&pairKey',
  },
  4: {
    articles: '++id, url, canonicalUrl, contentHash, publishedAt, savedAt, *searchWords',
    features: 'id, *keyDays',
  },
  5: {},
};
const CURRENT_VERSION = 7;

/** An archive at `version`, written as that version's code wrote it: rows without later fields. */
async function archiveAtVersion(version: number, factory: IDBFactory, name: string, seeds: number[]): Promise<number[]> {
  const old = new Dexie(name, { indexedDB: factory, IDBKeyRange });
  for (let v = 1; v <= version; v++) old.version(v).stores(SCHEMAS[v]!);
  const ids: number[] = [];
  // Each key's count, as every version kept it: a check reads no key the archive is not known to hold.
  const df = new Map<string, number>([['#articles', seeds.length]]);
  for (const [i, seed] of seeds.entries()) {
    const { article, statements, events } = articleRows(analyzedSeed(seed), 'saved', `2022-12-2${i}T08:00:00.000Z`);
    const { searchWords, statementPack: _s, eventRows: _e, rowCounts: _c, analysis, keys, ...older } = article;
    const row = { ...older, ...(version >= 2 ? { searchWords } : {}), ...(version < 5 ? { analysis, keys } : {}) };
    const id = (await old.table('articles').add(row)) as number;
    if (version >= 4) await old.table('features').put(featuresOf({ ...article, id } as ArticleRecord));
    await old.table('statements').bulkAdd(statements.map((s) => ({ ...s, articleId: id })));
    await old.table('events').bulkAdd(events.map((e) => ({ ...e, articleId: id })));
    for (const key of keys) df.set(key, (df.get(key) ?? 0) + 1);
    ids.push(id);
  }
  await old.table('keyStats').bulkPut([...df].map(([key, n]) => ({ key, df: n })));
  old.close();
  return ids;
}

describe('ArchiveDB schema', () => {
  test('the current version keeps what was written across close and reopen', async () => {
    const factory = new IDBFactory();
    const first = freshArchive('schema-test', factory);
    const { id } = await ingestArticle(first, analyzedSeed(3), { origin: 'saved', savedAt: '2022-12-20T08:00:00.000Z' });
    first.close();

    const reopened = freshArchive('schema-test', factory);
    await reopened.open();
    expect(reopened.verno).toBe(CURRENT_VERSION);
    const record = await reopened.articles.get(id);
    expect(record?.title).toContain('Putin heads for Belarus');
    expect(record?.savedAt).toBe('2022-12-20T08:00:00.000Z');
    expect(record?.origin).toBe('saved');
    expect((await storedStatements(reopened, id)).length).toBe(
      analyzedSeed(3).statements.length,
    );
    // The features' multi-entry index answers lookups by any one of the article's keys and its day.
    const someKey = record?.keys[0] ?? '';
    expect(await reopened.features.where('keyDays').equals(keyDay(someKey, '2022-12-19')).primaryKeys()).toEqual([id]);
    reopened.close();
  });

  test('an archive saved by version 1 opens at the current version with everything kept, and its articles can be searched', async () => {
    const factory = new IDBFactory();
    const ids = await archiveAtVersion(1, factory, 'upgrade-test', [3, 1]);

    const upgraded = freshArchive('upgrade-test', factory);
    await upgraded.open();
    expect(upgraded.verno).toBe(CURRENT_VERSION);
    expect(await upgraded.articles.count()).toBe(2);
    const putin = await upgraded.articles.get(ids[0]!);
    expect(putin?.title).toContain('Putin heads for Belarus');
    expect(putin?.searchWords).toEqual(expect.arrayContaining(['putin', 'belarus']));
    expect((await storedStatements(upgraded, ids[0]!)).length).toBe(analyzedSeed(3).statements.length);
    const found = await searchArticles(upgraded, { offset: 0, limit: 10, search: 'putin bela' });
    expect(found.total).toBe(1);
    expect(found.articles.map((a) => a.id)).toEqual([ids[0]]);
    upgraded.close();
  });

  test('an archive saved by version 2 opens at the current version with its articles kept and empty dataset-event and dismissed-pair tables that work', async () => {
    const factory = new IDBFactory();
    const ids = await archiveAtVersion(2, factory, 'upgrade-3-test', [3]);

    const upgraded = freshArchive('upgrade-3-test', factory);
    await upgraded.open();
    expect(upgraded.verno).toBe(CURRENT_VERSION);
    expect((await upgraded.articles.get(ids[0]!))?.title).toContain('Putin heads for Belarus');
    expect(await upgraded.datasetEvents.count()).toBe(0);
    expect(await upgraded.dismissedPairs.count()).toBe(0);

    // Soledar, 12 January 2023, as an ACLED row would give it; written twice, stored once.
    const row = {
      dataset: 'acled' as const, sourceId: 'UKR123456', date: '2023-01-12', dateEnd: '2023-01-12',
      place: { name: 'Soledar', admin1: 'Donetsk', admin2: 'Bakhmutskyi', country: 'UA', lat: 48.6833, lon: 38.0833 },
      placeIds: ['place:soledar'], placeDays: ['place:soledar|2023-01-12'],
      actors: ['Military Forces of Russia (2000-) Wagner Group', 'Military Forces of Ukraine (2019-)'],
      type: 'attack', cameo: '190', datasetType: 'Battles / Armed clash', fatalities: 0, notes: null,
      source: 'Ukrinform', sourceUrl: null, importedAt: '2023-02-01T00:00:00.000Z',
    };
    await upgraded.datasetEvents.bulkPut([row]);
    await upgraded.datasetEvents.bulkPut([{ ...row, fatalities: 3 }]);
    expect(await upgraded.datasetEvents.count()).toBe(1);
    expect((await upgraded.datasetEvents.get(['acled', 'UKR123456']))?.fatalities).toBe(3);
    const inWindow = await upgraded.datasetEvents.where('placeDays')
      .between('place:soledar|2023-01-05', 'place:soledar|2023-01-19', true, true).toArray();
    expect(inWindow.map((e) => e.sourceId)).toEqual(['UKR123456']);
    expect(await upgraded.datasetEvents.where('date').between('2023-01-01', '2023-02-01').count()).toBe(1);

    await upgraded.dismissedPairs.put({ pairKey: 'a|b', dismissedAt: '2023-02-01T00:00:00.000Z' });
    await upgraded.dismissedPairs.put({ pairKey: 'a|b', dismissedAt: '2023-02-02T00:00:00.000Z' });
    expect(await upgraded.dismissedPairs.toArray()).toEqual([{ pairKey: 'a|b', dismissedAt: '2023-02-02T00:00:00.000Z' }]);
    upgraded.close();
  });
  test('an archive saved by version 3 opens at version 4 with every article, statement and event kept, each article found by its keys and ranked without reading its text', async () => {
    const factory = new IDBFactory();
    const ids = await archiveAtVersion(3, factory, 'upgrade-4-test', [3, 4, 1]);

    const upgraded = freshArchive('upgrade-4-test', factory);
    await upgraded.open();
    expect(upgraded.verno).toBe(CURRENT_VERSION);
    expect(await upgraded.articles.count()).toBe(3);
    for (const [i, seed] of [3, 4, 1].entries()) {
      const record = await upgraded.articles.get(ids[i]!);
      expect(record?.text).toBe(analyzedSeed(seed).article.text);
      expect((await storedStatements(upgraded, ids[i]!)).length).toBe(analyzedSeed(seed).statements.length);
      // Its features: what ranking reads, without the text, and its keys with its day.
      const features = await upgraded.features.get(ids[i]!);
      expect(features?.title).toBe(record?.title);
      expect(features).not.toHaveProperty('text');
      expect(features?.keyDays).toHaveLength(record!.keys.length);
    }
    // Putin in Minsk (seed 3) and the Infobae report of the same visit (seed 4), both of 19 December 2022.
    const visit = await upgraded.features.where('keyDays').equals(keyDay('e:person:putin', '2022-12-19')).primaryKeys();
    expect(visit.sort()).toEqual([ids[0], ids[1]].sort());

    // Deleting an article takes its features with it; a new one gets them.
    await upgraded.articles.delete(ids[2]!);
    expect(await upgraded.features.get(ids[2]!)).toBeUndefined();
    const { id } = await ingestArticle(upgraded, analyzedSeed(2), { origin: 'saved' });
    expect((await upgraded.features.get(id))?.keyDays).toContain(keyDay('e:person:gerasimov', '2023-01-13'));
    upgraded.close();
  });
  test('an archive saved by version 4 opens at version 5 with each article row slimmed to its text and metadata, read back whole: analysis, keys and statements as they were', async () => {
    const factory = new IDBFactory();
    const seeds = [3, 4, 1];
    const ids = await archiveAtVersion(4, factory, 'upgrade-5-test', seeds);

    const upgraded = freshArchive('upgrade-5-test', factory);
    await upgraded.open();
    expect(upgraded.verno).toBe(CURRENT_VERSION);
    for (const [i, seed] of seeds.entries()) {
      const { article, statements } = articleRows(analyzedSeed(seed), 'saved', `2022-12-2${i}T08:00:00.000Z`);
      const record = await upgraded.articles.get(ids[i]!);
      expect(record?.analysis).toEqual(article.analysis);
      expect(record?.keys).toEqual(article.keys);
      expect(record?.text).toBe(article.text);
      const stored = await storedStatements(upgraded, ids[i]!);
      expect(stored.map((row) => row.text)).toEqual(statements.map((row) => row.text));
    }
    // The same through a list read, as the archive page and an export read them.
    const all = await upgraded.articles.toArray();
    expect(all.every((record) => record.analysis.entities.length > 0 && record.keys.length > 0)).toBe(true);
    // Putin in Minsk (seeds 3 and 4) is still found by its keys.
    const visit = await upgraded.features.where('keyDays').equals(keyDay('e:person:putin', '2022-12-19')).primaryKeys();
    expect(visit.sort()).toEqual([ids[0], ids[1]].sort());
    upgraded.close();

    // On disk the article row no longer repeats what its features row holds.
    const raw = new Dexie('upgrade-5-test', { indexedDB: factory, IDBKeyRange });
    await raw.open();
    const row = await raw.table('articles').get(ids[0]!);
    expect(row.title).toContain('Putin');
    expect(row).not.toHaveProperty('analysis');
    expect(row).not.toHaveProperty('keys');
    raw.close();
  });
  test('an archive saved by version 5 opens at version 6 with every statement and event in its article row, each as it was, and a check finds the same', async () => {
    const factory = new IDBFactory();
    const seeds = [0, 1, 3, 4];
    const ids = await archiveAtVersion(5, factory, 'upgrade-6-test', seeds);
    // A statement whose words are not the text's as they stand (an older analyzer's cut): kept whole.
    const old = new Dexie('upgrade-6-test', { indexedDB: factory, IDBKeyRange });
    for (let v = 1; v <= 5; v++) old.version(v).stores(SCHEMAS[v]!);
    const first = (await old.table('statements').where('articleId').equals(ids[0]!).first()) as StatementRecord;
    await old.table('statements').update(first.id, { text: `«${first.text}»` });
    const before = { statements: await old.table('statements').toArray(), events: await old.table('events').toArray(), features: await old.table('features').toArray() };
    old.close();

    const upgraded = freshArchive('upgrade-6-test', factory);
    await upgraded.open();
    expect(upgraded.verno).toBe(CURRENT_VERSION);
    const fields = <T extends { id: number }>(rows: T[]) => rows.map(({ id: _id, ...rest }) => rest);
    for (const id of ids) {
      const statements = await storedStatements(upgraded, id);
      expect(statements.length).toBeGreaterThan(0);
      expect(fields(statements)).toEqual(fields(before.statements.filter((row) => row.articleId === id)));
      expect(fields(await storedEvents(upgraded, id))).toEqual(fields(before.events.filter((row) => row.articleId === id)));
    }
    expect((await storedStatements(upgraded, ids[0]!))[0]!.text).toBe(`«${first.text}»`);
    expect(await countRows(upgraded)).toEqual({ statements: before.statements.length, events: before.events.length });
    // Putin in Minsk (seed 2) checked against the upgraded archive and one its rows were saved in today.
    const today = freshArchive('today-6-test');
    for (const seed of seeds) await ingestArticle(today, analyzedSeed(seed), { origin: 'saved' });
    const query = analyzedSeed(2);
    const [found, expected] = await Promise.all([checkArticle(upgraded, query), checkArticle(today, query)]);
    expect(found.contradictions.length).toBeGreaterThan(0);
    expect(found.contradictions).toEqual(expected.contradictions);
    // Version 7 packs each features row; read back, every entity, term, key and digest is as it was.
    expect(await upgraded.features.bulkGet(ids)).toEqual(before.features);
    upgraded.close();

    // On disk: no statement or event tables; the sentences in the text are places in it.
    const raw = new Dexie('upgrade-6-test', { indexedDB: factory, IDBKeyRange });
    await raw.open();
    expect(raw.tables.map((table) => table.name)).not.toContain('statements');
    const row = await raw.table('articles').get(ids[1]!);
    expect(JSON.stringify(row.statementPack)).not.toContain(before.statements.find((s) => s.articleId === ids[1])!.text);
    const features = await raw.table('features').get(ids[1]!);
    expect(features.entities).toBeUndefined();
    expect(JSON.stringify(features).length).toBeLessThan(JSON.stringify(before.features[1]).length);
    raw.close();
  });
});
