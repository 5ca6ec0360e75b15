import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { IDBKeyRange } from 'fake-indexeddb';
import { ArchiveDB } from '../../archive';
import { factoryOverStore, persistKeyGenerators, persistSchema } from './attachStore';
import { loadSqlite } from './loadSqlite';
import { STORE_FORMAT, STORE_FORMAT_VERSION, createSchema, hasTable, readMeta } from './storeSchema';

/** The name the archive's IndexedDB database has inside a store file. */
const DATABASE_NAME = 'backstory-archive';
/**
 * How long a writer waits for another to finish: a second `ingest` into the same store waits
 * for the first's commit (then sees its articles) instead of failing or overwriting them.
 */
export const WRITE_WAIT_MS = 10 * 60_000;

export class StoreFormatError extends Error {}

/**
 * Fills an emptied store before its tables move into the file: Dexie writes into
 * fake-indexeddb's memory at memory's speed, then every row is copied into SQLite in one pass.
 */
export type Filler = (db: ArchiveDB) => Promise<void>;

/** An archive held in an SQLite file, open as Dexie's `ArchiveDB`. */
export interface ArchiveStore {
  db: ArchiveDB;
  sqlite: DatabaseSync;
  /** Makes every write since opening durable at once (a writer's only commit). */
  commit(): void;
  /** Closes; what was not committed is rolled back, so a failed or killed run changes nothing. */
  close(): void;
}

/**
 * Opens (creating when `write` and missing) a store file. A writer holds SQLite's write lock
 * from opening to commit: every read it makes (duplicates, key counts, ids) sees the last
 * writer's commit, and no second writer runs in between. A reader reads one snapshot and is
 * never blocked by a writer (write-ahead log). `beforeOpen` runs inside the transaction before
 * Dexie opens (a bundle's store checks there whether it must be rebuilt, and returns the filler).
 */
export async function openArchiveStore(
  path: string,
  options: { write: boolean; beforeOpen?: (file: DatabaseSync) => Filler | void },
): Promise<ArchiveStore> {
  const sqlite = await loadSqlite();
  if (!sqlite) throw new StoreFormatError('an archive store needs Node 22.13 or later (npm run backstory uses Node 22)');
  const file = new sqlite.DatabaseSync(path);
  let open = true;
  const statements = new Map<string, StatementSync>();
  let opened: ArchiveDB | undefined;
  try {
    file.exec(`PRAGMA busy_timeout = ${WRITE_WAIT_MS}`);
    file.exec('PRAGMA journal_mode = WAL');
    file.exec('PRAGMA synchronous = NORMAL');
    file.exec(options.write ? 'BEGIN IMMEDIATE' : 'BEGIN');
    if (options.write) createSchema(file);
    checkFormat(file);
    const fill = options.beforeOpen?.(file);
    const factory = await factoryOverStore(file, DATABASE_NAME, statements);
    const db = new ArchiveDB(DATABASE_NAME, { indexedDB: factory, IDBKeyRange });
    opened = db;
    const stored = Number(readMeta(file, 'idbVersion') ?? 0);
    if (!options.write && stored > 0 && stored < Math.round(db.verno * 10)) {
      // Written by an older Backstory: upgraded once, as a writer, rather than on every read.
      file.exec('ROLLBACK');
      file.close();
      open = false;
      return await upgradedForReading(path);
    }
    await db.open();
    if (fill) await fill(db);
    if (options.write) persistSchema(file, factory, DATABASE_NAME, statements);
    return {
      db,
      sqlite: file,
      commit() {
        if (!options.write) throw new Error('archive store opened for reading');
        persistKeyGenerators(file, factory, DATABASE_NAME);
        file.exec('COMMIT');
      },
      close() {
        db.close();
        if (file.isTransaction) file.exec('ROLLBACK');
        file.close();
        open = false;
      },
    };
  } catch (error) {
    opened?.close();
    if (open) {
      if (file.isTransaction) file.exec('ROLLBACK');
      file.close();
    }
    throw error;
  }
}

async function upgradedForReading(path: string): Promise<ArchiveStore> {
  const writer = await openArchiveStore(path, { write: true });
  writer.commit();
  writer.sqlite.exec('BEGIN');
  return { ...writer, commit: () => { throw new Error('archive store opened for reading'); } };
}

function checkFormat(file: DatabaseSync): void {
  const format = hasTable(file, 'meta') ? readMeta(file, 'format') : undefined;
  if (format !== STORE_FORMAT) throw new StoreFormatError('not a Backstory archive store');
  const version = Number(readMeta(file, 'formatVersion'));
  if (version > STORE_FORMAT_VERSION) {
    throw new StoreFormatError(`store format ${version} was written by a newer Backstory (this one reads up to ${STORE_FORMAT_VERSION})`);
  }
}
