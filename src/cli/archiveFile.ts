import { randomUUID } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { ArchiveDB, BundleError, exportBundle, importBundle, parseBundle } from '../archive';
import { CliError } from './cliError';
import { describeFsError } from './describeFsError';

/**
 * Loads an archive file (a bundle) into an in-memory ArchiveDB, so the command line runs the
 * very archive code of the extension. A missing file gives an empty archive when `create`.
 */
export async function openArchiveFile(path: string, options: { create: boolean }): Promise<ArchiveDB> {
  const json = readArchiveText(path, options.create);
  const db = new ArchiveDB(`backstory-cli-${randomUUID()}`, { indexedDB, IDBKeyRange });
  if (json === null) return db;
  try {
    await importBundle(db, parseBundle(json));
  } catch (error) {
    if (error instanceof BundleError) throw new CliError(`archive ${path}: ${error.message}`);
    throw error;
  }
  return db;
}

/** Writes the archive beside its final place, then renames: a crash never leaves half a file. */
export async function saveArchiveFile(db: ArchiveDB, path: string): Promise<void> {
  const json = `${JSON.stringify(await exportBundle(db), null, 1)}\n`;
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomUUID()}.tmp`);
  try {
    writeFileSync(temporary, json);
    renameSync(temporary, path);
  } catch (error) {
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
