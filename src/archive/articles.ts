import { rowsOf } from './articleStatements';
import { canonicalUrl } from './canonicalUrl';
import type { ArchiveDB } from './db';
import { updateArticleCount, updateKeyStats } from './keyStats';
import { findDuplicate } from './ingest';
import type { ArticleRecord, EventRecord, Origin, StatementRecord } from './records';
import { queryWords } from './searchWords';

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
  /** Words that must each begin a word of the title, the outlet or the address, in any case. */
  search?: string;
}

/** Newest saves first. */
export async function listArticles(db: ArchiveDB, options: ListOptions): Promise<ArticleSummary[]> {
  return (await searchArticles(db, options)).articles;
}

/**
 * One page of the archive, newest saves first, and how many articles match in all. A search
 * reads the word index (the entries beginning with each typed word) and the save-time index's
 * keys, then loads only the page's articles: its cost follows the matches and the page, not
 * the texts the archive holds.
 */
export async function searchArticles(db: ArchiveDB, options: ListOptions): Promise<{ total: number; articles: ArticleSummary[] }> {
  const words = queryWords(options.search);
  return db.transaction('r', db.articles, async () => {
    if (words.length === 0) {
      const [total, records] = await Promise.all([
        db.articles.count(),
        db.articles.orderBy('savedAt').reverse().offset(options.offset).limit(options.limit).toArray(),
      ]);
      return { total, articles: records.map(summarise) };
    }
    const matches = await Promise.all(words.map((word) => db.articles.where('searchWords').startsWith(word).primaryKeys()));
    const [first = [], ...rest] = matches.map((ids) => new Set(ids));
    const matching = new Set([...first].filter((id) => rest.every((ids) => ids.has(id))));
    if (matching.size === 0) return { total: 0, articles: [] };
    const newestFirst = (await db.articles.orderBy('savedAt').reverse().primaryKeys()).filter((id) => matching.has(id));
    const page = newestFirst.slice(options.offset, options.offset + options.limit);
    const records = (await db.articles.bulkGet(page)).filter((record): record is ArticleRecord => record !== undefined);
    return { total: matching.size, articles: records.map(summarise) };
  });
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
    await db.articles.delete(id);
    await updateKeyStats(db, record.keys, -1);
    await updateArticleCount(db, -1);
    return true;
  });
}

/** An article taken out of the archive with everything that belonged to it, to put back on Undo. */
export interface TakenArticle {
  article: ArticleRecord;
  statements: StatementRecord[];
  events: EventRecord[];
}

/** Deletes an article like deleteArticle and returns its rows; null when there is no such article. */
export async function takeArticle(db: ArchiveDB, id: number): Promise<TakenArticle | null> {
  return db.transaction('rw', db.articleTables, async () => {
    const article = await db.articles.get(id);
    if (!article) return null;
    // Its statements and events are in its row (version 6): given apart for whoever shows them.
    const { statements, events } = rowsOf(article);
    await db.articles.delete(id);
    await updateKeyStats(db, article.keys, -1);
    await updateArticleCount(db, -1);
    return { article, statements, events };
  });
}

/**
 * Puts a taken article back under its old ids (IndexedDB never hands a used key out again),
 * unless the same article was saved again meanwhile: then 'already', and no second copy.
 */
export async function restoreArticle(db: ArchiveDB, taken: TakenArticle): Promise<'restored' | 'already'> {
  return db.transaction('rw', db.articleTables, async () => {
    if (await findDuplicate(db, taken.article.canonicalUrl, taken.article.contentHash)) return 'already';
    await db.articles.add(taken.article);
    await updateKeyStats(db, taken.article.keys, 1);
    await updateArticleCount(db, 1);
    return 'restored';
  });
}

function summarise(record: ArticleRecord): ArticleSummary {
  const { id, url, title, siteName, publishedAt, lang, savedAt, origin } = record;
  return { id, url, title, siteName, publishedAt, lang, savedAt, origin };
}
