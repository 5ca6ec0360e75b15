import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { CliError } from './cliError';
import type { FileMetadata } from './readArticleFile';
import { describeFsError } from './describeFsError';

export interface IndexEntry extends FileMetadata {
  file: string;
}

/** An index of metadata for files that lack it: `[{file, url?, publishedAt?, outlet?}, ...]`. */
export interface MetadataIndex {
  entries: IndexEntry[];
  /** The index's folder: an entry's `file` may be relative to it. */
  folder: string;
}

export function readIndexFile(path: string): MetadataIndex {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'not valid JSON' : describeFsError(error);
    throw new CliError(`cannot read index ${path}: ${reason}`);
  }
  if (!Array.isArray(data)) {
    throw new CliError(`index ${path}: expected a JSON list of {file, url?, publishedAt?, outlet?}`);
  }
  const entries = data.map((item, i) => readEntry(item, `index ${path}, entry ${i}`));
  return { entries, folder: dirname(resolve(path)) };
}

/** The entry for a file: one naming the same path first, failing that one with its base name. */
export function metadataFor(index: MetadataIndex | null, file: string): FileMetadata {
  if (!index) return {};
  const samePath = index.entries.find(
    (entry) => entry.file === file || resolve(index.folder, entry.file) === resolve(file),
  );
  const entry = samePath ?? index.entries.find((candidate) => basename(candidate.file) === basename(file));
  return entry ? { url: entry.url, publishedAt: entry.publishedAt, outlet: entry.outlet } : {};
}

function readEntry(item: unknown, where: string): IndexEntry {
  if (typeof item !== 'object' || item === null) throw new CliError(`${where}: expected an object`);
  const { file, url, publishedAt, outlet } = item as Record<string, unknown>;
  if (typeof file !== 'string' || file === '') throw new CliError(`${where}: "file" must be a file name`);
  for (const [name, value] of [['url', url], ['publishedAt', publishedAt], ['outlet', outlet]] as const) {
    if (value !== undefined && value !== null && typeof value !== 'string') {
      throw new CliError(`${where}: "${name}" must be a string`);
    }
  }
  return {
    file,
    url: (url as string | null) ?? undefined,
    publishedAt: (publishedAt as string | null) ?? undefined,
    outlet: (outlet as string | null)?.trim() || undefined,
  };
}
