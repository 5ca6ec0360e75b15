import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What `ingest` reads from a folder: articles, bundles and dataset files (by name; their content decides later). */
const READABLE = /\.(html?|html?\.gz|txt|json|csv|tsv|zip)$/i;

export interface IngestInputs {
  /** The files given, and those found in the folders given (sorted, depth first). */
  files: string[];
  /** Files of other kinds found in folders (images, scripts and styles of saved pages): not read, counted. */
  ignored: number;
}

/**
 * The FILE arguments of `ingest` with each folder replaced by the files in it and its
 * subfolders, as the archive page 's "Import a folder" reads one. Hidden files and folders
 * (.git, .DS_Store) are passed over. A file named directly is always kept, whatever its kind:
 * the reader says why it cannot be read.
 */
export function ingestInputs(args: string[], archivePath: string): IngestInputs {
  const files: string[] = [];
  let ignored = 0;
  const walk = (folder: string) => {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!entry.isFile()) continue;
      else if (READABLE.test(entry.name) && !samePath(path, archivePath)) files.push(path);
      else ignored += 1;
    }
  };
  for (const arg of args) {
    if (isFolder(arg)) walk(arg);
    else files.push(arg);
  }
  return { files, ignored };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // missing: the reader says so
  }
}

/** The archive itself (or the store kept beside it) found in a folder being ingested is not read into itself. */
function samePath(path: string, archivePath: string): boolean {
  try {
    const a = statSync(path);
    const b = statSync(archivePath);
    return a.ino === b.ino && a.dev === b.dev;
  } catch {
    return false;
  }
}
