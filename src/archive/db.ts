import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  ArticleRecord,
  DatasetEventRecord,
  DismissedPairRecord,
  EventRecord,
  KeyStatRecord,
  StatementRecord,
} from './records';
import { groupByArticleId } from './articleRows';
import { storedRows } from './articleStatements';
import { featuresMiddleware } from './featuresMiddleware';
import { featuresOf, type MatchFeatures } from './matchFeatures';
import { searchWordsOf } from './searchWords';

export const DEFAULT_ARCHIVE_NAME = 'backstory-archive';
const UPGRADE_PAGE = 500;

/** Version 5's statement or event rows of one article in their order, without their row and article ids. */
function inOrder<T extends { id: number; articleId: number }>(rows: T[] | undefined): Omit<T, 'id' | 'articleId'>[] {
  return (rows ?? []).sort((a, b) => a.id - b.id).map(({ id: _id, articleId: _article, ...rest }) => rest);
}

/** Where Dexie finds IndexedDB: the browser's by default, fake-indexeddb's in Node. */
export interface IndexedDbDependencies {
  indexedDB: { open: Function };
  IDBKeyRange: { bound: Function; lowerBound: Function; upperBound: Function };
}

/**
 * The reader's archive. Every version stays listed: Dexie upgrades an older database by
 * replaying them in order, so a new version is added below the last, never edited in place.
 */
export class ArchiveDB extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>;
  keyStats!: EntityTable<KeyStatRecord, 'key'>;
  datasetEvents!: Table<DatasetEventRecord, [string, string]>;
  dismissedPairs!: EntityTable<DismissedPairRecord, 'pairKey'>;
  features!: EntityTable<MatchFeatures, 'id'>;

  constructor(name: string = DEFAULT_ARCHIVE_NAME, dependencies?: IndexedDbDependencies) {
    super(name, dependencies ? { ...dependencies } : undefined);
    this.version(1).stores({
      articles: '++id, url, canonicalUrl, contentHash, publishedAt, savedAt, *keys',
      statements: '++id, articleId, predicate, subject, speaker',
      events: '++id, articleId, type, date, *actors',
      keyStats: '&key',
    });
    // 2: the archive page searches an index of each article's title, outlet and address words
    // instead of reading every article; articles saved before get their words on upgrade.
    this.version(2)
      .stores({ articles: '++id, url, canonicalUrl, contentHash, publishedAt, savedAt, *keys, *searchWords' })
      .upgrade((tx) => tx.table('articles').toCollection().modify((record: ArticleRecord) => {
        record.searchWords = searchWordsOf(record);
      }));
    // 3: conflict-event datasets (ACLED, UCDP GED, GDELT) keyed by [dataset+sourceId] so a
    // re-import updates; placeDays (placeId|day, multi-entry) finds one place's events in a date
    // window with one index range, since IndexedDB has no multi-entry compound index. And the
    // contradiction pairs the reader dismissed in the side panel.
    this.version(3).stores({
      datasetEvents: '[dataset+sourceId], date, *placeDays',
      dismissedPairs: '&pairKey',
    });
    // 4: what ranking reads of each article in its own table, without texts or statements, its
    // keys indexed with the article's day (matchFeatures.ts): candidates are found by keys within
    // a window of days and ranked without loading an article. The articles' own key index goes
    // (the features' replaces it); the middleware keeps features in step with every write.
    this.version(4)
      .stores({
        articles: '++id, url, canonicalUrl, contentHash, publishedAt, savedAt, *searchWords',
        features: 'id, *keyDays',
      })
      .upgrade(async (tx) => {
        // Page by page, so a large archive is never in memory at once.
        for (let after = 0; ;) {
          const page: ArticleRecord[] = await tx.table('articles').where(':id').above(after).limit(UPGRADE_PAGE).toArray();
          if (page.length === 0) break;
          await tx.table('features').bulkPut(page.filter((record) => record.analysis).map(featuresOf));
          after = page[page.length - 1]!.id;
        }
      });
    // 5: an article's entities, terms, digest and keys live only in `features`; the article row
    // keeps its text and metadata (featuresMiddleware.ts strips them on write and joins them back
    // on read). Rewritten page by page: each put goes through the middleware.
    this.version(5).stores({}).upgrade(async (tx) => {
      for (let after = 0; ;) {
        const page: ArticleRecord[] = await tx.table('articles').where(':id').above(after).limit(UPGRADE_PAGE).toArray();
        if (page.length === 0) break;
        await tx.table('articles').bulkPut(page);
        after = page[page.length - 1]!.id;
      }
    });
    // 6: an article's statements and events live in its own row (articleStatements.ts): one
    // object per statement repeated every field name and the sentence the text holds, and cost a
    // row and its index entries apiece. Indexes no query reads go (the address: lookups go by
    // canonical address; events' type, date and actors); `rowCounts` gives the archive's totals.
    this.version(6)
      .stores({
        articles: '++id, canonicalUrl, contentHash, publishedAt, savedAt, *searchWords, rowCounts',
        statements: null,
        events: null,
      })
      .upgrade(async (tx) => {
        for (let after = 0; ;) {
          const page: ArticleRecord[] = await tx.table('articles').where(':id').above(after).limit(UPGRADE_PAGE).toArray();
          if (page.length === 0) break;
          const first = page[0]!.id;
          const last = page[page.length - 1]!.id;
          const [statements, events] = await Promise.all([
            tx.table('statements').where('articleId').between(first, last, true, true).toArray(),
            tx.table('events').where('articleId').between(first, last, true, true).toArray(),
          ]);
          const statementsOf = groupByArticleId<StatementRecord>(statements);
          const eventsOf = groupByArticleId<EventRecord>(events);
          await tx.table('articles').bulkPut(page.map((record) => ({
            ...record,
            ...storedRows(record.text, inOrder(statementsOf.get(record.id)), inOrder(eventsOf.get(record.id))),
          })));
          after = last;
        }
      });
    // 7: `features` rows are stored packed (featuresCodec.ts: no field names, keys as indexes of
    // the entities and terms they name), read back as before; rows of version 6 are rewritten.
    this.version(7).stores({}).upgrade(async (tx) => {
      for (let after = -Infinity; ;) {
        const page: MatchFeatures[] = await tx.table('features').where(':id').above(after).limit(UPGRADE_PAGE).toArray();
        if (page.length === 0) break;
        await tx.table('features').bulkPut(page);
        after = page[page.length - 1]!.id;
      }
    });
    this.use(featuresMiddleware);
  }

  /** The tables one article spans: writes that touch an article take all of them together. */
  get articleTables() {
    return [this.articles, this.keyStats, this.features];
  }
}
