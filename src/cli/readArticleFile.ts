import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDocument, analyzeText } from '../core/pipeline';
import type { AnalyzedArticle } from '../core/types';
import { boundNesting, MAX_NESTING } from './boundNesting';
import { decodeArticleText } from './decodeArticleText';
import { parseHtml } from './html';
import { readArticleBytes } from './readArticleBytes';
import { UnreadableFile } from './unreadableFile';

/** What the caller knows about a file beyond its content (flags, an index entry). */
export interface FileMetadata {
  url?: string;
  publishedAt?: string;
  /** The outlet's name, kept as the article's siteName. */
  outlet?: string;
}

export interface ArticleFile {
  analyzed: AnalyzedArticle;
  /** What the reader should know about how the file was read, one line each. */
  warnings: string[];
}

/**
 * Reads and analyses one article file. Without a given URL, a page keeps its canonical URL
 * and anything else gets file://<absolute path>, so every article has a stable address.
 * A file that is no article (empty, binary, too big, no text) throws UnreadableFile.
 */
export function readArticleFile(file: string, metadata: FileMetadata = {}): ArticleFile {
  const kind = fileKind(file);
  const content = decodeArticleText(file, readArticleBytes(file, kind === 'html.gz'), kind !== 'txt');
  const url = metadata.url ?? pathToFileURL(resolve(file)).href;
  const warnings: string[] = [];
  let analyzed: AnalyzedArticle;
  try {
    if (kind === 'txt') {
      analyzed = analyzeText(content, { url, publishedAt: metadata.publishedAt ?? null });
    } else {
      const bounded = boundNesting(content);
      if (bounded.dropped > 0) {
        warnings.push(
          `${file}: nested deeper than ${MAX_NESTING} levels; ${bounded.dropped} tags below that were dropped, ` +
            'so its text is read whole but not its layout there',
        );
      }
      analyzed = analyzeDocument(parseHtml(bounded.html, url), url, {
        url: metadata.url,
        publishedAt: metadata.publishedAt,
      });
    }
  } catch (error) {
    // A last guard for pages whose shape still defeats a recursive stage.
    if (error instanceof RangeError) {
      throw new UnreadableFile(file, `cannot be read whole (${error.message}); save the article's text as .txt`);
    }
    throw error;
  }
  if (analyzed.article.text.trim() === '') throw new UnreadableFile(file, 'no article text found in it');
  if (metadata.outlet) analyzed = { ...analyzed, article: { ...analyzed.article, siteName: metadata.outlet } };
  return { analyzed, warnings };
}

function fileKind(file: string): 'html' | 'html.gz' | 'txt' {
  const lower = file.toLowerCase();
  if (lower.endsWith('.html.gz') || lower.endsWith('.htm.gz')) return 'html.gz';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  if (lower.endsWith('.txt')) return 'txt';
  throw new UnreadableFile(file, 'unsupported file type (expected .html, .htm, .html.gz or .txt)');
}
