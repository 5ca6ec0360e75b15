import type { DatabaseSync } from 'node:sqlite';

/** What the first row of `meta` says, so a store file is told apart from any other SQLite file. */
export const STORE_FORMAT = 'backstory-store';
/** 2: record values deflated against a dictionary of their space (valuePacker.ts). */
export const STORE_FORMAT_VERSION = 2;

/**
 * One table of object-store records and one of index entries, each row tagged with its
 * "space" (an object store or one of its indexes, listed in `spaces` with what IndexedDB needs
 * to recreate it). Entries are small and always read by key range: WITHOUT ROWID keeps them in
 * their own B-tree order. Records hold whole articles, so they stay in a rowid table.
 */
export function createSchema(db: DatabaseSync): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS spaces (
      id INTEGER PRIMARY KEY, store TEXT NOT NULL, idx TEXT NOT NULL DEFAULT '', keyPath TEXT NOT NULL,
      "autoIncrement" INTEGER NOT NULL DEFAULT 0, multiEntry INTEGER NOT NULL DEFAULT 0,
      isUnique INTEGER NOT NULL DEFAULT 0, keyGenerator REAL NOT NULL DEFAULT 0, UNIQUE (store, idx));
    CREATE TABLE IF NOT EXISTS records (space INTEGER NOT NULL, key BLOB NOT NULL, value BLOB NOT NULL, UNIQUE (space, key));
    CREATE TABLE IF NOT EXISTS entries (space INTEGER NOT NULL, key BLOB NOT NULL, pk BLOB NOT NULL,
      PRIMARY KEY (space, key, pk)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS dictionaries (space INTEGER PRIMARY KEY, bytes BLOB NOT NULL);
    INSERT OR IGNORE INTO meta (name, value) VALUES ('format', '${STORE_FORMAT}'), ('formatVersion', '${STORE_FORMAT_VERSION}');
  `);
}

export interface SpaceRow {
  id: number;
  store: string;
  idx: string;
  keyPath: string;
  autoIncrement: number;
  multiEntry: number;
  isUnique: number;
  keyGenerator: number;
}

export function readMeta(db: DatabaseSync, name: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE name = ?').get(name) as { value: string } | undefined;
  return row?.value;
}

export function writeMeta(db: DatabaseSync, name: string, value: string): void {
  db.prepare('INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value').run(name, value);
}

export function hasTable(db: DatabaseSync, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}
