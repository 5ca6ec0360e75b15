import { ANALYZER_VERSION } from '../core/analyze';
import { knowPlaceNamed, placeNamed, PLACE_NAMED_VERSION } from '../core/match/claims';
import type { StatementRecord } from './records';

/**
 * Each statement's place (the one its own words name, as contradictions read it) is worked out
 * when the statement is stored, not at every check that finds its article among the reports:
 * reading a pool's few hundred statements against the gazetteer was the largest JavaScript item
 * of a slow check in Chromium (2026-11-28, 10,000 articles: tryGroup and compile 7 ms a check on
 * average, up to tens of ms for a pool of 450 statements the worker had not seen since it
 * started). About 20 µs a statement at ingest in Node.
 *
 * Stored as "version|place id" ("13.1|place:bucha", "13.1|" for none): a place read by another
 * analyzer or another reading of mentions is not believed, and is read again at the check.
 */
const VERSION = `${ANALYZER_VERSION}.${PLACE_NAMED_VERSION}`;

export function storedPlaceOf(text: string, publishedAt: string | null): string {
  return `${VERSION}|${placeNamed(text, publishedAt) ?? ''}`;
}

/** Hands the places stored with an article's statement rows back to the matcher, where their version is this one's. */
export function recallPlaces(rows: StatementRecord[], publishedAt: string | null): void {
  for (const row of rows) {
    const stored = row.namedPlace;
    if (stored === undefined || !stored.startsWith(VERSION) || stored[VERSION.length] !== '|') continue;
    knowPlaceNamed(row.text, publishedAt, stored.slice(VERSION.length + 1) || null);
  }
}
