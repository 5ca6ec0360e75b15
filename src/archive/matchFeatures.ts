import type { MatchDigest } from '../core/match';
import type { Entity } from '../core/types';
import type { ArticleRecord } from './records';

/**
 * One row of `features`, keyed by the article's id: all that ranking reads of a stored article
 * (its address, title, outlet, day and language; entities and terms; the match digest), without
 * its text or statements. A check reads 200 of these instead of 200 whole articles (in Chromium
 * at 10,000 articles the texts were most of what a check read); statements are read only for
 * the few reports contradictions are sought in.
 */
export interface MatchFeatures {
  id: number;
  url: string;
  title: string;
  siteName: string | null;
  publishedAt: string | null;
  lang: string | null;
  entities: Entity[];
  terms: string[];
  digest: MatchDigest | null;
  /**
   * Each index key with the article's day, `key|YYYY-MM-DD` (`key|` when undated): one index
   * range reads a key's articles within a window of days, since IndexedDB has no multi-entry
   * compound index. The key is what precedes the last '|'.
   */
  keyDays: string[];
}

/** The day part of an ISO date, or '' when there is none (sorts before every day). */
export const dayKey = (publishedAt: string | null | undefined): string => {
  const day = publishedAt?.slice(0, 10) ?? '';
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : '';
};

export const keyDay = (key: string, day: string): string => `${key}|${day}`;

/** The index key of a `keyDays` entry. */
export const keyOfKeyDay = (entry: string): string => entry.slice(0, entry.lastIndexOf('|'));

/** The features of a stored article (id included), as written beside it. */
export function featuresOf(record: ArticleRecord): MatchFeatures {
  const day = dayKey(record.publishedAt);
  return {
    id: record.id,
    url: record.url,
    title: record.title,
    siteName: record.siteName ?? null,
    publishedAt: record.publishedAt ?? null,
    lang: record.lang ?? null,
    entities: record.analysis.entities,
    terms: record.analysis.terms,
    digest: record.analysis.digest ?? null,
    keyDays: [...new Set(record.keys)].map((key) => keyDay(key, day)),
  };
}
