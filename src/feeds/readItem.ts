import { canonicalUrl, contentHash, findDuplicate, getArticleByUrl, ingestArticle, type ArchiveDB } from '../archive';
import { sameSite } from '../archive/siteKey';
import { analyzeExtracted } from '../core/pipeline';
import { retryAt } from './backoff';
import type { FeedRecord, FeedsDB, ItemRecord } from './feedsDb';
import { FetchFailed, type PoliteFetcher } from './politeFetch';
import type { ReadPage } from './readPage';

/** A page that fails this many times is given up, with the last error as its reason. */
export const MAX_PAGE_TRIES = 3;

export type ItemOutcome = 'added' | 'skipped' | 'retry';

/**
 * Fetches one entry's page and takes it through the pipeline a saved article goes through:
 * detect, extract, analyse, store with origin 'feed'. Off-topic pages (unless the feed keeps
 * all), pages that are no article and articles the archive holds already are skipped with the
 * reason; so is an entry whose address the archive holds, without a request. The entry's row is written last: a worker stopped before that reads the page again,
 * and the archive's duplicate check keeps it from being stored twice.
 */
export async function readItem(archive: ArchiveDB, db: FeedsDB, fetcher: PoliteFetcher, readPage: ReadPage, feed: FeedRecord, item: ItemRecord, now = Date.now): Promise<ItemOutcome> {
  const key: [number, string] = [item.feedId, item.key];
  const skip = async (reason: string): Promise<ItemOutcome> => {
    await db.items.update(key, { state: 'skipped', reason, readAt: now() });
    return 'skipped';
  };
  // An address the archive holds (saved by hand, or an entry whose row was let go and came back) is not fetched again.
  if (await getArticleByUrl(archive, item.url)) return skip('already in your archive (same canonical URL)');
  let page;
  try {
    page = await fetcher.get(item.url, null, 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5');
  } catch (error) {
    if (!(error instanceof FetchFailed)) throw error;
    const tries = item.tries + 1;
    if (tries >= MAX_PAGE_TRIES) return skip(`the page could not be fetched: ${error.message}`);
    await db.items.update(key, { tries, reason: error.message, notBefore: retryAt(tries, now(), error.retryAfterMs) });
    return 'retry';
  }
  if (page.status !== 'ok') return skip('the server sent no page');
  let reading;
  try {
    reading = await readPage(page.text, page.url, feed.keepAll);
  } catch (error) {
    return skip(`the page could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!reading.detection.isArticle) return skip('not a news article');
  if (!reading.article) return skip('not about Russia, Belarus or Ukraine');
  const extracted = reading.article;
  if (extracted.text.trim() === '') return skip('no article text found on the page');
  // The page may name its canonical address, but only on its own site (as for a saved page).
  const article = {
    ...extracted,
    url: sameSite(extracted.url, page.url) ? extracted.url : page.url,
    publishedAt: extracted.publishedAt ?? item.publishedAt,
  };
  const stored = await findDuplicate(archive, canonicalUrl(article.url), contentHash(article.text));
  if (stored) return skip(`already in your archive (${stored.duplicateOf.reason})`);
  const outcome = await ingestArticle(archive, analyzeExtracted(article, reading.detection), { origin: 'feed' });
  if (outcome.status === 'duplicate') return skip(`already in your archive (${outcome.duplicateOf.reason})`);
  await db.transaction('rw', db.feeds, db.items, async () => {
    await db.items.update(key, { state: 'added', reason: null, readAt: now() });
    await db.feeds.where('id').equals(feed.id).modify((row) => {
      row.lastAdded += 1;
      row.totalAdded += 1;
    });
  });
  return 'added';
}
