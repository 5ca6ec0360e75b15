import type { ArchiveDB } from '../../src/archive/db';

/**
 * The memory bound of an archive case: characters of JSON the archive holds in all its tables.
 * Unlike heap figures it does not depend on when the collector ran.
 */
export async function storedChars(db: ArchiveDB): Promise<number> {
  let chars = 0;
  for (const table of db.tables) {
    for (const row of await table.toArray()) chars += JSON.stringify(row).length;
  }
  return chars;
}

/** Megabytes of heap in use; with `--expose-gc` after a collection. */
export function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}
