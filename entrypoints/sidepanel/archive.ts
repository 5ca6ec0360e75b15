import { ArchiveDB } from '@/src/archive';

// The panel reads the reader's archive directly (extension pages share the background's
// IndexedDB) for small facts the background's results do not carry: a report's language, the
// pairs the reader dismissed. One connection per panel, opened on first use.
let opened: ArchiveDB | null = null;

export function panelArchive(): ArchiveDB {
  opened ??= new ArchiveDB();
  return opened;
}
