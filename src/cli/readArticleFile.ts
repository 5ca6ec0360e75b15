import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { analyzeDocument, analyzeText } from '../core/pipeline';
import type { AnalyzedArticle } from '../core/types';
import { CliError } from './cliError';
import { parseHtml } from './html';

/** What the caller knows about a file beyond its content (flags, an index entry). */
export interface FileMetadata {
  url?: string;
  publishedAt?: string;
}

/**
 * Reads and analyses one article file. Without a given URL, a page keeps its canonical URL
 * and anything else gets file://<absolute path>, so every article has a stable address.
 */
export function readArticleFile(file: string, metadata: FileMetadata = {}): AnalyzedArticle {
  const kind = fileKind(file);
  const content = readContent(file, kind === 'html.gz');
  const fileUrl = pathToFileURL(resolve(file)).href;
  if (kind === 'txt') {
    return analyzeText(content, { url: metadata.url ?? fileUrl, publishedAt: metadata.publishedAt ?? null });
  }
  const doc = parseHtml(content, metadata.url ?? fileUrl);
  return analyzeDocument(doc, metadata.url ?? fileUrl, {
    url: metadata.url,
    publishedAt: metadata.publishedAt,
  });
}

function fileKind(file: string): 'html' | 'html.gz' | 'txt' {
  const lower = file.toLowerCase();
  if (lower.endsWith('.html.gz') || lower.endsWith('.htm.gz')) return 'html.gz';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  if (lower.endsWith('.txt')) return 'txt';
  throw new CliError(`${file}: unsupported file type (expected .html, .htm, .html.gz or .txt)`);
}

function readContent(file: string, gzipped: boolean): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${describeFsError(error)}`);
  }
  if (!gzipped) return bytes.toString('utf8');
  try {
    return gunzipSync(bytes).toString('utf8');
  } catch {
    throw new CliError(`cannot read ${file}: not a valid gzip file`);
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (error as Error).message;
}
