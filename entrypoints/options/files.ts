import type { TextSource } from '@/src/archive/bundleImport';
import { blobText } from '@/src/archive/fileImportRead';

/** Saves a blob as a file through the browser's download of a blob URL (no downloads permission). */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // A large file is handed to the download only after the click: give it time before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * A chosen file as text in pieces (the browser's stream, decoded as UTF-8), read afresh on
 * each call: a 70 MB bundle never becomes one string.
 */
export function textOf(file: Blob, name: string): TextSource {
  return blobText(file, () => new Error(`${name} could not be read. Is it still on the disk?`));
}
