// Test support: the seed articles analysed as the command line would, and a fresh archive on
// its own fake IndexedDB so tests never share rows.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SEEDS_DIR, seedIndex as readSeedIndex, seedRaw } from '../../tests/support/seeds';
import { analyzeText } from '../core/pipeline';
import type { AnalyzedArticle } from '../core/types';
import { eventsOf, statementsOf } from './articleStatements';
import { ArchiveDB } from './db';
import { ingestArticle } from './ingest';
import type { ArticleRecord, EventRecord, StatementRecord } from './records';

const seedIndex = readSeedIndex();

/** Seed number `n` (0-4) analysed, at its file URL unless another `url` is given. */
export function analyzedSeed(n: number, url?: string): AnalyzedArticle {
  const entry = seedIndex[n];
  if (!entry) throw new Error(`no seed ${n}`);
  return analyzeText(seedRaw(entry.file), {
    url: url ?? pathToFileURL(path.join(SEEDS_DIR, entry.file)).href,
    publishedAt: entry.publishedAt,
  });
}

export function seedFileName(n: number): string {
  return seedIndex[n]?.file ?? '';
}

export function freshArchive(name = 'test-archive', factory = new IDBFactory()): ArchiveDB {
  return new ArchiveDB(name, { indexedDB: factory, IDBKeyRange });
}

/** A Russian report written for tests: Putin's visit to Lukashenko in Minsk, with a denial and a talk's length. */
export const RUSSIAN_MINSK_VISIT = analyzeText(
  'Лукашенко встретился с Путиным в Минске\n\nПрезидент Белоруссии Александр Лукашенко в понедельник принял в Минске Владимира Путина. ' +
    'Как заявил Лукашенко журналистам, Белоруссия не будет вступать в войну на Украине. Песков сообщил, что переговоры продлились почти три часа.',
  { url: 'https://news.test/ru/minsk-visit', publishedAt: '2022-12-19' },
);

/**
 * An archive on its own fake IndexedDB holding seeds 0-3, and `handle()`: another handle on it,
 * as another worker would open it (its own caches, the same rows).
 */
export async function archiveOfSeeds(prefix: string): Promise<{ db: ArchiveDB; handle: () => ArchiveDB }> {
  const factory = new IDBFactory();
  const name = `${prefix}-${Math.random()}`;
  const db = freshArchive(name, factory);
  for (const n of [0, 1, 2, 3]) await ingestArticle(db, analyzedSeed(n), { origin: 'imported' });
  return { db, handle: () => freshArchive(name, factory) };
}

/** One article's statements as readers get them, or every article's (a full read: tests only). */
export async function storedStatements(db: ArchiveDB, id?: number): Promise<StatementRecord[]> {
  return (await storedRecords(db, id)).flatMap(statementsOf);
}

/** One article's events as readers get them, or every article's. */
export async function storedEvents(db: ArchiveDB, id?: number): Promise<EventRecord[]> {
  return (await storedRecords(db, id)).flatMap(eventsOf);
}

async function storedRecords(db: ArchiveDB, id?: number): Promise<ArticleRecord[]> {
  if (id === undefined) return db.articles.toArray();
  const record = await db.articles.get(id);
  return record ? [record] : [];
}
