import { BundleError, describeStorageError } from '@/src/archive';
import { exportBundlePieces, ExportStopped } from '@/src/archive/bundleExport';
import { importBundleStream, ImportStopped, type StreamImportSummary, type TextSource } from '@/src/archive/bundleImport';
import type { ArchiveDB } from '@/src/archive/db';

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/**
 * The archive as one Blob built from a Blob per batch: the browser keeps blob data out of the
 * page's heap (on disk when large), so an archive of any size is exported without one string
 * or one message holding it.
 */
export async function exportToBlob(
  db: ArchiveDB,
  options: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal },
): Promise<{ blob: Blob; count: number }> {
  const blobs: Blob[] = [];
  let count = 0;
  const onProgress = (done: number, total: number) => {
    count = done;
    options.onProgress?.(done, total);
  };
  try {
    for await (const piece of exportBundlePieces(db, { onProgress, signal: options.signal })) blobs.push(new Blob([piece]));
  } catch (error) {
    throw new Error(stoppedText(error, 'the archive'));
  }
  return { blob: new Blob(blobs, { type: 'application/json' }), count };
}

export function importedText(summary: StreamImportSummary, fileName: string): string {
  const parts = [`Imported ${plural(summary.added, 'article')} from ${fileName}`];
  if (summary.duplicates) parts.push(`${summary.duplicates.toLocaleString('en')} already in your archive`);
  if (summary.reanalysed) parts.push(`${summary.reanalysed.toLocaleString('en')} re-analysed`);
  // A bundle from another reader or the command line may carry dataset events (ACLED, UCDP, GDELT).
  const events = summary.events;
  if (events?.total) {
    const kept = events.newerKept ? `, ${events.newerKept.toLocaleString('en')} kept as your archive had them (newer)` : '';
    parts.push(`${plural(events.stored, 'dataset event')} stored${kept}`);
  }
  return parts.join('; ') + '.';
}

/** What the reader sees when an import or export ends early, saying what was kept and what to do. */
export function stoppedText(error: unknown, fileName: string): string {
  if (error instanceof ExportStopped) return error.message;
  if (error instanceof BundleError) return `${fileName} cannot be imported: ${error.message}.`;
  if (!(error instanceof ImportStopped)) return error instanceof Error ? error.message : String(error);
  const { added, duplicates, total } = error.summary;
  const kept = `${plural(added, 'article')} of ${total.toLocaleString('en')} were added before it stopped and are kept`;
  const again = `import ${fileName} again to add the rest (articles already stored are skipped)`;
  if (error.reason === 'cancelled') return `Import stopped: ${kept}${duplicates ? `, ${duplicates.toLocaleString('en')} were already there` : ''}. To finish, ${again}.`;
  if (error.reason === 'quota') {
    return `Your browser's storage is full: ${kept}. Delete old articles, or export the archive and clear it, then ${again}.`;
  }
  return `The import failed (${describeStorageError(error.cause) ?? String((error.cause as Error)?.message ?? error.cause)}): ${kept}; ${again}.`;
}

/** Imports a bundle file read as a stream; the message for the reader either way. */
export async function importArchiveFile(
  db: ArchiveDB,
  text: TextSource,
  fileName: string,
  options: { onProgress?: (label: string, done: number, total: number) => void; signal?: AbortSignal },
): Promise<string> {
  try {
    const summary = await importBundleStream(db, text, {
      origin: 'imported',
      signal: options.signal,
      onProgress: (progress) =>
        options.onProgress?.(`${progress.phase === 'checking' ? 'Checking' : 'Importing'} ${fileName}`, progress.done, progress.total),
    });
    return importedText(summary, fileName);
  } catch (error) {
    throw new Error(stoppedText(error, fileName));
  }
}
