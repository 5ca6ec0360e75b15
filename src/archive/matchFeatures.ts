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
  /** Its index keys (indexKeys.ts), for their counts in the archive when it is ranked. */
  keys: string[];
  /**
   * Each index key with the article's day, as short sortable codes (`keyDay`): one index range
   * reads a key's articles within a window of days, since IndexedDB has no multi-entry compound
   * index. Codes, not the keys themselves: an entry is about twenty characters shorter, with
   * every article's forty to sixty keys, which the command line's store keeps as they are (in
   * Chromium, whose IndexedDB compresses, bytes per article did not move measurably either way).
   * Two keys sharing a code (one pair in billions) only add a candidate, which
   * ranking then judges on what the two articles really share.
   */
  keyDays: string[];
}

/** The day part of an ISO date, or '' when there is none (sorts before every day). */
export const dayKey = (publishedAt: string | null | undefined): string => {
  const day = publishedAt?.slice(0, 10) ?? '';
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : '';
};

/**
 * Codes are written in base 1999 with one UTF-16 code unit a digit, from '0' (U+0030) to U+07FE:
 * a key's 32-bit hash in 3 units, a day in 2, where base 36 took 7 and 4. Chromium's IndexedDB
 * stores every code unit of an index key in 2 bytes and the command line's store these in 2
 * (keyCodec.ts), and each article has thirty to sixty such entries. Fixed widths, most significant
 * digit first: codes sort as the numbers do, and no code is another's prefix.
 */
const BASE = 1999;
const ZERO = 0x30;
const KEY_CODE_LENGTH = 3;
const DAY_CODE_LENGTH = 2;
const EPOCH = Date.UTC(1900, 0, 1);

function digits(value: number, width: number): string {
  let code = '';
  for (let i = 0; i < width; i++, value = Math.floor(value / BASE)) code = String.fromCharCode(ZERO + (value % BASE)) + code;
  return code;
}

/** A key's code: its 32-bit FNV-1a hash. */
export function keyCode(key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return digits(hash >>> 0, KEY_CODE_LENGTH);
}

/** Days since 1900, so codes sort as days do. */
function dayCode(day: string): string {
  const days = Math.max(0, Math.round((Date.parse(day) - EPOCH) / 86_400_000));
  return digits(days, DAY_CODE_LENGTH);
}

/** The index entry of a key on a day ('' when undated: the key's code alone, before every day). */
export const keyDay = (key: string, day: string): string => keyCode(key) + (day ? dayCode(day) : '');

/** Bounds of a key's entries: all of them (undated too) without days, else those of the days from..to. */
export function keyDayRange(key: string, from?: string, to?: string): [string, string] {
  return from && to ? [keyDay(key, from), keyDay(key, to)] : [keyCode(key), `${keyCode(key)}\uffff`];
}

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
    keys: record.keys,
    keyDays: [...new Set(record.keys.map((key) => keyDay(key, day)))],
  };
}

/**
 * What a widening of a key's window returns, `n` ids at most: of the days before the window read
 * already (`before`, nearest first) and those after it (`after`, nearest first), half of `n` from
 * each side first, then the rest of either. The index read (candidates.ts) and the index held in
 * memory (heldKeyDays.ts) answer alike through it.
 */
export function widenedIds(before: number[], after: number[], n: number): number[] {
  return [...before.slice(0, Math.ceil(n / 2)), ...after.slice(0, Math.floor(n / 2)), ...before.slice(Math.ceil(n / 2)), ...after.slice(Math.floor(n / 2))].slice(0, n);
}
