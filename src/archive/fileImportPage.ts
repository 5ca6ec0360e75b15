import { detectPage, detectText } from '../core/detect';
import { articleFromPlainText, extractArticle } from '../core/extract';
import { pageCanonicalUrl } from '../core/extract/readMetadata';
import { capArticle, cutText, MAX_TEXT_CHARS, MAX_TITLE_CHARS } from '../core/limits';
import { analyzeExtracted } from '../core/pipeline';
import type { AnalyzedArticle, Detection, ExtractedArticle } from '../core/types';
import { canonicalUrl } from './canonicalUrl';
import { contentHash } from './contentHash';
import type { ArchiveDB } from './db';
import type { KnownArticles } from './fileImportKnown';
import { decodePageText, FileSkipped, readPageBytes, type ImportKind } from './fileImportRead';
import { findDuplicate } from './ingest';

/** Parses a page's HTML into an inert Document: DOMParser in the browser (no script runs, nothing loads), linkedom in Node. */
export type ParseHtml = (html: string, url: string) => Document;

/** Stage 3 of the pipeline (analyzeExtracted), here or in a worker. */
export type Analyze = (article: ExtractedArticle, detection: Detection) => AnalyzedArticle | Promise<AnalyzedArticle>;

/** One chosen file: its contents and its path inside the chosen folder (its name when chosen alone). */
export interface ImportEntry {
  file: Blob;
  path: string;
}

/** A page read for the archive, with the keys it will be stored under (the import remembers them once it is stored). */
export interface ReadEntry {
  analyzed: AnalyzedArticle;
  canonical: string;
  /** contentHash() of `text`, the extracted text (the analysed article's unless analysis cut it). */
  hash: string;
  text: string;
}

/** The address a file without a canonical link is stored under: stable for the same path, so a re-import finds it. */
export const fileUrlOf = (path: string) => `file:///${path.split('/').map(encodeURIComponent).join('/')}`;

/**
 * Reads one page or text file as the archive would store it, through the same stages as a saved
 * article (detect, extract, analyse), cheapest first: a page the archive holds at its address is
 * left before detection, one that is not a topical article before extraction, and one whose
 * text the archive holds before analysis, so importing a folder again costs little for what is
 * already in. The archive is read only for an address or a text `known` holds.
 * Throws FileSkipped saying why a file is left out.
 */
export async function readArticleEntry(
  db: ArchiveDB,
  entry: ImportEntry,
  kind: Exclude<ImportKind, 'bundle'>,
  parse: ParseHtml,
  known: KnownArticles,
  analyze: Analyze = analyzeExtracted,
  read?: () => Promise<Uint8Array>,
): Promise<ReadEntry> {
  const text = decodePageText(await readPageBytes(entry.file, kind, undefined, read), kind !== 'txt');
  const url = fileUrlOf(entry.path);
  let article: ExtractedArticle;
  let detection: Detection;
  // The canonical address looked up before extraction, if any.
  let lookedUp: string | null = null;
  try {
    if (kind === 'txt') {
      // As analyzeText reads plain text (title on the first line), with the steps apart so the
      // duplicate check comes before analysis.
      const bounded = cutText(text, MAX_TEXT_CHARS + MAX_TITLE_CHARS);
      const read = capArticle(articleFromPlainText(bounded, { url, publishedAt: null }));
      article = bounded === text ? read : { ...read, truncated: true };
      detection = detectText(article.title, article.text);
      refuseOffTopic(detection);
    } else {
      const doc = parse(text, url);
      // The address extraction will give, read alone (a link in the head): a folder imported
      // again skips detection and extraction for what the archive holds, which made up most of
      // a resumed import's time. What the reader stored is named as stored, topical or not.
      const address = canonicalUrl(pageCanonicalUrl(doc, url));
      const sameAddress = known.hasUrl(address) ? await db.articles.where('canonicalUrl').equals(address).first() : undefined;
      if (sameAddress) throw duplicateOf({ title: sameAddress.title, reason: 'same canonical URL' });
      lookedUp = address;
      detection = detectPage(doc, url);
      refuseOffTopic(detection);
      article = capArticle(extractArticle(doc, url));
    }
  } catch (error) {
    // A page whose shape still defeats a recursive stage (nesting thousands deep).
    if (error instanceof RangeError) throw new FileSkipped('unreadable', `cannot be read whole (${error.message})`);
    throw error;
  }
  if (article.text.trim() === '') throw new FileSkipped('unreadable', 'no article text found in it');
  // Extraction almost always gives the address looked up above: then only the text is left to
  // look up (one read of the archive per page fewer; each read is its own transaction).
  const canonical = canonicalUrl(article.url);
  const hash = contentHash(article.text);
  const stored =
    canonical === lookedUp
      ? known.hasHash(hash) ? await sameText(db, hash) : null
      : known.hasUrl(canonical) || known.hasHash(hash) ? (await findDuplicate(db, canonical, hash))?.duplicateOf : null;
  if (stored) throw duplicateOf(stored);
  try {
    return { analyzed: await analyze(article, detection), canonical, hash, text: article.text };
  } catch (error) {
    // A page that defeats the analyzer is listed, and the import goes on with the next.
    throw new FileSkipped('unreadable', `could not be analysed (${error instanceof Error ? error.message : String(error)})`);
  }
}

async function sameText(db: ArchiveDB, hash: string): Promise<{ title: string; reason: string } | null> {
  const record = await db.articles.where('contentHash').equals(hash).first();
  return record ? { title: record.title, reason: 'same text' } : null;
}

function refuseOffTopic(detection: Detection): void {
  if (!detection.isArticle) throw new FileSkipped('not_article', 'not a news article (too little prose, or no article on the page)');
  if (!detection.relevant) throw new FileSkipped('not_topical', 'not about Russia, Belarus or Ukraine');
}

/** The skip for a file the archive holds already, naming the stored copy. */
export function duplicateOf(stored: { title: string; reason: string }): FileSkipped {
  return new FileSkipped('duplicate', `already in your archive (${stored.reason}): “${stored.title}”`);
}
