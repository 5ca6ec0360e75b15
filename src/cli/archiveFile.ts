import { randomUUID } from 'node:crypto';
import { accessSync, closeSync, constants, existsSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { ArchiveDB, BundleError, importBundle, parseBundle } from '../archive';
import { mergeDatasetEvents } from '../archive/bundleDatasetEvents';
import { exportBundlePieces } from '../archive/bundleExport';
import { CliError } from './cliError';
import { describeFsError } from './describeFsError';
import { bundleFingerprint, bundleStorePath, clearStore, readFingerprint, writeFingerprint } from './store/bundleCache';
import { loadSqlite } from './store/loadSqlite';
import { StoreFormatError, openArchiveStore, type ArchiveStore } from './store/archiveStore';

/** An open archive: Dexie's `ArchiveDB`, a way to keep what was written, and a close that drops the rest. */
export interface OpenArchive {
  db: ArchiveDB;
  /** Makes the writes since opening durable: the store's commit, and for a bundle its file rewritten. */
  save(): Promise<void>;
  close(): void;
}

const IMPORT_CHUNK = 500;
/** Dataset events per transaction, as a dataset file's import stores them. */
const EVENT_CHUNK = 2_000;

/** `--archive X.json` is a bundle (the interchange file the extension imports and exports); any other name is a store. */
export const isBundlePath = (path: string) => /\.json$/i.test(path);

/**
 * Opens an archive for a command. A store (an SQLite file, `--archive X.sqlite`) is opened, not
 * read: a check reads the rows it needs. A bundle is served from a store kept beside it
 * (`X.json.sqlite`), rebuilt from the bundle whenever the bundle is not the one the store last
 * saw, so repeated checks against an unchanged bundle cost what a store's cost. Writers (`write`)
 * hold the store's write lock from here to close: concurrent ingests run one after another, each
 * adding to what the previous one saved. A missing archive is empty when `create`.
 */
export async function openArchive(path: string, options: { create: boolean; write: boolean }): Promise<OpenArchive> {
  if (!isBundlePath(path)) return openStoreArchive(path, options);
  if (!(await loadSqlite()) || !canWriteBeside(path)) return openBundleInMemory(path, options);
  return openBundleThroughStore(path, options);
}

async function openStoreArchive(path: string, options: { create: boolean; write: boolean }): Promise<OpenArchive> {
  if (!options.create && !existsSync(path)) readArchiveText(path, false);
  const store = await openStoreOrExplain(path, path, options.write);
  return { db: store.db, save: async () => store.commit(), close: () => store.close() };
}

async function openBundleThroughStore(path: string, options: { create: boolean; write: boolean }): Promise<OpenArchive> {
  const storePath = bundleStorePath(path);
  const current = bundleFingerprint(path);
  if (current === 'none' && !options.create) readArchiveText(path, false);
  let store: ArchiveStore | null = null;
  if (!options.write && existsSync(storePath)) {
    // A reader trusts the store only if it last saw this very bundle; otherwise a writer rebuilds it.
    store = await openStoreOrExplain(storePath, path, false).catch(() => null);
    if (store && readFingerprint(store.sqlite) !== current) {
      store.close();
      store = null;
    }
  }
  if (!store) {
    store = await rebuiltIfStale(path, storePath);
    // A reader keeps the rebuilt store for the next command, then reads on in a snapshot of it.
    if (!options.write) {
      store.commit();
      store.sqlite.exec('BEGIN');
    }
  }
  const opened = store;
  return {
    db: opened.db,
    async save() {
      await saveArchiveFile(opened.db, path);
      writeFingerprint(opened.sqlite, bundleFingerprint(path));
      opened.commit();
    },
    close: () => opened.close(),
  };
}

/**
 * Opens the store beside a bundle as a writer and, if it did not last see this bundle, empties
 * it and fills it from the bundle (in memory first, then copied into the file in one pass).
 */
async function rebuiltIfStale(path: string, storePath: string): Promise<ArchiveStore> {
  const store = await openStoreOrExplain(storePath, path, true, (sqlite) => {
    // Read under the write lock: another writer may have rebuilt or saved while this one waited.
    const current = bundleFingerprint(path);
    if (readFingerprint(sqlite) === current) return;
    clearStore(sqlite);
    // Noted before reading: if the bundle is replaced meanwhile, the next run sees a mismatch.
    writeFingerprint(sqlite, current);
    const json = readArchiveText(path, true);
    return async (db) => {
      if (json !== null) await importInto(db, json, path);
    };
  });
  return store;
}

async function openStoreOrExplain(
  storePath: string, archivePath: string, write: boolean, beforeOpen?: Parameters<typeof openArchiveStore>[1]['beforeOpen'],
): Promise<ArchiveStore> {
  try {
    return await openArchiveStore(storePath, { write, beforeOpen });
  } catch (error) {
    if (error instanceof StoreFormatError) throw new CliError(`archive ${archivePath}: ${error.message}`);
    const code = (error as { code?: string }).code;
    if (code === 'ERR_SQLITE_ERROR') {
      const message = /not a database/.test((error as Error).message)
        ? 'not a Backstory archive (a .json bundle or a store file)'
        : (error as Error).message;
      throw new CliError(`archive ${storePath}: ${message}`);
    }
    throw error;
  }
}

/** Where the store cannot be kept (a read-only folder, an old Node), a bundle is read whole into memory, as before. */
async function openBundleInMemory(path: string, options: { create: boolean }): Promise<OpenArchive> {
  const json = readArchiveText(path, options.create);
  const db = new ArchiveDB(`backstory-cli-${randomUUID()}`, { indexedDB, IDBKeyRange });
  if (json !== null) await importInto(db, json, path);
  return { db, save: () => saveArchiveFile(db, path), close: () => db.close() };
}

/**
 * Fills an archive from a bundle in chunks: each chunk is one Dexie transaction, so
 * fake-indexeddb's undo log holds a chunk's rows, not the whole bundle's. A store commits all of
 * them at once (or none) at the end.
 */
async function importInto(db: ArchiveDB, json: string, path: string): Promise<void> {
  try {
    const bundle = parseBundle(json);
    for (let start = 0; start < bundle.articles.length; start += IMPORT_CHUNK) {
      await importBundle(db, { ...bundle, articles: bundle.articles.slice(start, start + IMPORT_CHUNK) });
    }
    // The bundle's dataset events (ACLED, UCDP, GDELT rows), so `check` lists them as prior events.
    const events = bundle.datasetEvents ?? [];
    for (let start = 0; start < events.length; start += EVENT_CHUNK) {
      await mergeDatasetEvents(db, events.slice(start, start + EVENT_CHUNK));
    }
  } catch (error) {
    if (error instanceof BundleError) throw new CliError(`archive ${path}: ${error.message}`);
    throw error;
  }
}

/**
 * Writes the archive beside its final place, then renames: a crash never leaves half a file.
 * Written in pieces, the file the archive page exports (articles, then dataset events, one a
 * line), so the archive never becomes one string and the extension imports its events too.
 */
export async function saveArchiveFile(db: ArchiveDB, path: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomUUID()}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(temporary, 'w');
    for await (const piece of exportBundlePieces(db, { batchSize: IMPORT_CHUNK })) writeSync(fd, piece);
    closeSync(fd);
    fd = null;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temporary, { force: true });
    throw new CliError(`cannot write archive ${path}: ${describeFsError(error)}`);
  }
}

function readArchiveText(path: string, create: boolean): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (create && (error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new CliError(`cannot read archive ${path}: ${describeFsError(error)}`);
  }
}

function canWriteBeside(path: string): boolean {
  try {
    accessSync(dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
