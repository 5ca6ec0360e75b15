import Dexie from 'dexie';
import type { ArchiveDB } from './db';
import { withoutFeatures } from './featuresMiddleware';
import type { ArticleRowsRead } from './keyStats';
import { packEvents, unpackEvents, type StoredEvent } from './eventPack';
import type { ArticleRecord, EventRecord, StatementRecord } from './records';
import { packStatements, unpackStatements, type StoredStatement } from './statementPack';

/**
 * The one way statements and events are read since version 6, where they live in their article's
 * row: every reader (the check's pool, the archive page, export, undo) gets the StatementRecord and
 * EventRecord objects it got from their own tables before, ids numbered in the article's order.
 */
export function statementsOf(record: ArticleRecord): StatementRecord[] {
  if (!record.statementPack) return [];
  return unpackStatements(record.text, record.statementPack).map((statement, i) => ({ ...statement, id: i + 1, articleId: record.id }));
}

export function eventsOf(record: ArticleRecord): EventRecord[] {
  return unpackEvents(record.eventRows ?? []).map((event, i) => ({ ...event, id: i + 1, articleId: record.id }));
}

export const rowsOf = (record: ArticleRecord): ArticleRowsRead => ({ statements: statementsOf(record), events: eventsOf(record) });

/** The fields an article row holds its statements and events in (what articleRows and the upgrade write). */
export function storedRows(text: string, statements: StoredStatement[], events: StoredEvent[]): Pick<ArticleRecord, 'statementPack' | 'eventRows' | 'rowCounts'> {
  return { statementPack: packStatements(text, statements), eventRows: packEvents(events), rowCounts: [statements.length, events.length] };
}

/**
 * The statements and events of each article, by one read of their rows (ids not stored are left
 * out). Only the rows: their analysis, which `features` holds, is not joined back (the caller has
 * it), unless this runs inside a wider transaction, whose other reads must see whole rows.
 */
export async function readArticleRows(db: ArchiveDB, ids: number[]): Promise<Map<number, ArticleRowsRead>> {
  const found = new Map<number, ArticleRowsRead>();
  if (ids.length === 0) return found;
  const outer = Dexie.currentTransaction;
  const records = await db.transaction('r', db.articles, (tx) => {
    if (!outer) withoutFeatures(tx.idbtrans);
    return db.articles.bulkGet(ids);
  });
  for (const record of records) if (record) found.set(record.id, rowsOf(record));
  return found;
}

/** How many statements and events the archive holds, from the `rowCounts` index alone. */
export async function countRows(db: ArchiveDB): Promise<{ statements: number; events: number }> {
  const counts = (await db.articles.orderBy('rowCounts').keys()) as unknown as [number, number][];
  let statements = 0;
  let events = 0;
  for (const [s, e] of counts) (statements += s), (events += e);
  return { statements, events };
}

