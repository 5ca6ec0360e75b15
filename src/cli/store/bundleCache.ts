import { statSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import { readMeta, writeMeta } from './storeSchema';

/** The store kept beside a bundle `X.json`: `X.json.sqlite`, itself a store `--archive` can open. */
export const bundleStorePath = (bundlePath: string) => `${bundlePath}.sqlite`;

/**
 * What identifies one version of a bundle file without reading it: inode, size and both
 * times. A save renames a new file into place (a new inode); an export from the extension or
 * an edit changes the times. 'none' when there is no bundle.
 */
export function bundleFingerprint(bundlePath: string): string {
  try {
    const stat = statSync(bundlePath, { bigint: true });
    return `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'none';
    throw error;
  }
}

export const readFingerprint = (store: DatabaseSync) => readMeta(store, 'bundleFingerprint');
export const writeFingerprint = (store: DatabaseSync, fingerprint: string) => writeMeta(store, 'bundleFingerprint', fingerprint);

/** Empties a store (inside its write transaction) before it is filled again from its bundle. */
export function clearStore(store: DatabaseSync): void {
  store.exec(`DELETE FROM records; DELETE FROM entries; DELETE FROM spaces; DELETE FROM dictionaries;
    DELETE FROM meta WHERE name IN ('idbVersion', 'bundleFingerprint');`);
}
