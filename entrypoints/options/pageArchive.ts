import { ArchiveDB } from '@/src/archive';
import { announceArchiveChange } from '@/src/archive/archiveChanges';
import { callBackground } from '@/src/messaging/client';

// The archive page reads and writes the archive itself for imports, exports and undo: it has
// the background's origin, so the same IndexedDB, and no message (Chrome caps one at 64 MiB)
// has to carry the archive.
let archive: ArchiveDB | null = null;

export function archiveDb(): ArchiveDB {
  archive ??= new ArchiveDB();
  return archive;
}

/**
 * After the page wrote the archive, the background refreshes open tabs' "saved" marks and
 * related lists. It is woken first by a call: a stopped worker hears no broadcast.
 */
export async function tellBackground(): Promise<void> {
  await callBackground('listArticles', { offset: 0, limit: 1 }).catch(() => undefined);
  announceArchiveChange();
}
