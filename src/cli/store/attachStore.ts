import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { IDBFactory } from 'fake-indexeddb';
import { SqliteRecordStore } from './sqliteRecordStore';
import { readMeta, writeMeta, type SpaceRow } from './storeSchema';

// fake-indexeddb's raw (internal) objects, as far as this file touches them. The version is
// pinned exactly in package.json; store.test.ts fails if these shapes move.
interface RawIndex { name: string; keyPath: string | string[]; multiEntry: boolean; unique: boolean; records: unknown; initialized: boolean }
interface RawStore {
  name: string; keyPath: string | string[] | null; autoIncrement: boolean; records: unknown;
  keyGenerator: { num: number } | null; rawIndexes: Map<string, RawIndex>;
}
interface RawDatabase { version: number; rawObjectStores: Map<string, RawStore> }

/**
 * fake-indexeddb copies each value it hands out (structuredClone), because its records live in
 * memory; a SQLite-backed record is decoded afresh on every read, so the copy is skipped: a check
 * reads thousands of statements, and the copy was a third of their cost.
 */
function skipCopyOnRead(store: RawStore): void {
  const records = store.records as SqliteRecordStore;
  (store as unknown as { getValue(key: unknown): unknown }).getValue = (key) => records.get(key as never)?.value;
}

const rawDatabase = (factory: IDBFactory, name: string) =>
  (factory as unknown as { _databases: Map<string, RawDatabase> })._databases.get(name);

/**
 * A fake-indexeddb factory whose database `name` is the one held in the SQLite file: the
 * object stores and indexes are recreated empty at the stored version, then their record
 * stores are swapped for SQLite-backed ones, so Dexie opens the archive without reading it.
 */
export async function factoryOverStore(db: DatabaseSync, name: string, statements: Map<string, StatementSync>): Promise<IDBFactory> {
  const factory = new IDBFactory();
  const version = Number(readMeta(db, 'idbVersion') ?? 0);
  if (version === 0) return factory;
  const spaces = db.prepare('SELECT * FROM spaces ORDER BY id').all() as unknown as SpaceRow[];
  await new Promise<void>((resolve, reject) => {
    const request = factory.open(name, version);
    request.onupgradeneeded = () => {
      for (const space of spaces.filter((s) => s.idx === '')) {
        const store = request.result.createObjectStore(space.store, {
          keyPath: JSON.parse(space.keyPath) as string | string[] | null,
          autoIncrement: space.autoIncrement === 1,
        });
        for (const index of spaces.filter((s) => s.store === space.store && s.idx !== '')) {
          store.createIndex(index.idx, JSON.parse(index.keyPath) as string | string[], {
            multiEntry: index.multiEntry === 1,
            unique: index.isUnique === 1,
          });
        }
      }
    };
    request.onsuccess = () => { request.result.close(); resolve(); };
    request.onerror = () => reject(request.error);
  });
  const raw = rawDatabase(factory, name)!;
  for (const space of spaces) {
    const store = raw.rawObjectStores.get(space.store)!;
    if (space.idx === '') {
      store.records = new SqliteRecordStore(db, space.id, false, statements);
      skipCopyOnRead(store);
      if (store.keyGenerator) store.keyGenerator.num = space.keyGenerator;
    } else {
      store.rawIndexes.get(space.idx)!.records = new SqliteRecordStore(db, space.id, true, statements);
    }
  }
  return factory;
}

/**
 * After Dexie opened (and perhaps upgraded) the database: object stores and indexes an upgrade
 * created still live in memory, so their rows are copied into the file and their record stores
 * swapped; spaces an upgrade deleted are dropped. Then the version and key generators are noted.
 */
export function persistSchema(db: DatabaseSync, factory: IDBFactory, name: string, statements: Map<string, StatementSync>): void {
  const raw = rawDatabase(factory, name);
  if (!raw) return;
  const spaces = db.prepare('SELECT * FROM spaces').all() as unknown as SpaceRow[];
  const kept = new Set<number>();
  const spaceOf = (store: string, idx: string) => spaces.find((s) => s.store === store && s.idx === idx);
  const insert = db.prepare(
    'INSERT INTO spaces (store, idx, keyPath, "autoIncrement", multiEntry, isUnique) VALUES (?, ?, ?, ?, ?, ?) RETURNING id',
  );
  const drop = (id: number, isIndex: boolean) => {
    db.prepare(`DELETE FROM ${isIndex ? 'entries' : 'records'} WHERE space = ?`).run(id);
    db.prepare('DELETE FROM spaces WHERE id = ?').run(id);
    // A later space may take the id: it must not inherit this one's dictionary.
    db.prepare('DELETE FROM dictionaries WHERE space = ?').run(id);
  };
  const adopt = (records: unknown, isIndex: boolean, existing: SpaceRow | undefined, make: () => number): SqliteRecordStore => {
    if (records instanceof SqliteRecordStore) {
      if (existing) kept.add(existing.id);
      return records;
    }
    // Created (or deleted and created again) by the upgrade: its rows are the ones in memory.
    if (existing) drop(existing.id, isIndex);
    const id = make();
    kept.add(id);
    const stored = new SqliteRecordStore(db, id, isIndex, statements);
    stored.insertAll((records as { values(): Iterable<{ key: never; value: unknown }> }).values());
    return stored;
  };
  for (const store of raw.rawObjectStores.values()) {
    store.records = adopt(store.records, false, spaceOf(store.name, ''), () => Number((insert.get(
      store.name, '', JSON.stringify(store.keyPath), store.autoIncrement ? 1 : 0, 0, 0,
    ) as { id: number }).id));
    skipCopyOnRead(store);
    for (const index of store.rawIndexes.values()) {
      index.records = adopt(index.records, true, spaceOf(store.name, index.name), () => Number((insert.get(
        store.name, index.name, JSON.stringify(index.keyPath), 0, index.multiEntry ? 1 : 0, index.unique ? 1 : 0,
      ) as { id: number }).id));
    }
  }
  const dropped = spaces.filter((s) => !kept.has(s.id) && db.prepare('SELECT 1 FROM spaces WHERE id = ?').get(s.id));
  for (const space of dropped) drop(space.id, space.idx !== '');
  writeMeta(db, 'idbVersion', String(raw.version));
}

/** Key generators move as records are added: noted before each commit. */
export function persistKeyGenerators(db: DatabaseSync, factory: IDBFactory, name: string): void {
  const raw = rawDatabase(factory, name);
  if (!raw) return;
  const update = db.prepare("UPDATE spaces SET keyGenerator = ? WHERE store = ? AND idx = ''");
  for (const store of raw.rawObjectStores.values()) {
    if (store.keyGenerator) update.run(store.keyGenerator.num, store.name);
  }
}
