import { canonicalUrl } from './canonicalUrl';
import type { ArchiveDB } from './db';
import { updateKeyStats } from './keyStats';
import type { ArticleRecord, Origin } from './records';

/** What the archive manager lists per article: no text, no analysis. */
export interface ArticleSummary {
  id: number;
  url: string;
  title: string;
  siteName: string | null;
  publishedAt: string | null;
  lang: string | null;
  savedAt: string;
  origin: Origin;
}

export interface ListOptions {
  limit: number;
  offset: number;
  /** Case-insensitive words that must all appear in the title, site or URL. */
  search?: string;
}

/** Newest saves first. */
export async function listArticles(db: ArchiveDB, options: ListOptions): Promise<ArticleSummary[]> {
  const words = (options.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  let collection = db.articles.orderBy('savedAt').reverse();
  if (words.length > 0) collection = collection.filter((record) => matchesAll(record, words));
  const records = await collection.offset(options.offset).limit(options.limit).toArray();
  return records.map(summarise);
}

export async function countArticles(db: ArchiveDB): Promise<number> {
  return db.articles.count();
}

/** The stored article at this address, compared in canonical form. */
export async function getArticleByUrl(db: ArchiveDB, url: string): Promise<ArticleRecord | undefined> {
  return db.articles.where('canonicalUrl').equals(canonicalUrl(url)).first();
}

/** Removes an article with its statements, events and key counts, all or nothing. */
export async function deleteArticle(db: ArchiveDB, id: number): Promise<boolean> {
  return db.transaction('rw', db.articleTables, async () => {
    const record = await db.articles.get(id);
    if (!record) return false;
    await db.statements.where('articleId').equals(id).delete();
    await db.events.where('articleId').equals(id).delete();
    await db.articles.delete(id);
    await updateKeyStats(db, record.keys, -1);
    return true;
  });
}

function matchesAll(record: ArticleRecord, words: string[]): boolean {
  const haystack = `${record.title} ${record.siteName ?? ''} ${record.url}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

function summarise(record: ArticleRecord): ArticleSummary {
  const { id, url, title, siteName, publishedAt, lang, savedAt, origin } = record;
  return { id, url, title, siteName, publishedAt, lang, savedAt, origin };
}
