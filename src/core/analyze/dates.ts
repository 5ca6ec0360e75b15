import * as chrono from 'chrono-node';
import { addDays, isoDay, lastDayOfMonth, mondayOf, weekdayOf } from '../calendar';
import type { DateGranularity } from '../types';

/**
 * When a claim says something happened, normalised against the publication date. News copy
 * says "on Friday", "Dec. 3", "last week" and "in October", rarely the year: chrono-node reads
 * the words, and the rules here settle what chrono leaves open (it picks the nearest match,
 * often a future one):
 * - a weekday in a past-tense report is the latest such day on or before publication; with
 *   "will", "next" or "plans to" it is the next one after;
 * - a month and day without a year is the latest one not long after publication (copy is
 *   filed up to a few weeks ahead of what it announces);
 * - "last week", "this month", "in October" are ranges: `end` and `granularity` say so.
 */
export interface DateSpan {
  date: string;
  end: string;
  granularity: DateGranularity;
  /** The words the date was read from. */
  text: string;
}

const FUTURE = /(?<![\p{L}])(?:will|shall|is to|are to|going to|plans? to|planned|expected to|next|upcoming|coming)(?![\p{L}])|['’]ll(?![\p{L}])/iu;
/** How far back from the date words tense is read: "will meet on Monday", not a sentence away. */
const TENSE_WINDOW = 40;
/** A month-and-day date up to this many days after publication is still this year's. */
const ANNOUNCED_AHEAD = 31;
const RELATIVE_RANGE = /(?<![\p{L}])(?:(earlier|later)\s+)?(last|this|next|past)\s+(week|month|year)(?![\p{L}])/iu;

function isFuture(text: string, at: number): boolean {
  return FUTURE.test(text.slice(Math.max(0, at - TENSE_WINDOW), at));
}

/** "last week" is the calendar week before publication's; "this month" runs to publication. */
function relativeRange(match: RegExpExecArray, published: string): DateSpan {
  const [text, , which = '', unit = ''] = match;
  const shift = { last: -1, past: -1, this: 0, next: 1 }[which.toLowerCase() as 'last'] ?? 0;
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7));
  if (unit.toLowerCase() === 'week') {
    const monday = addDays(mondayOf(published), 7 * shift);
    return { date: monday, end: addDays(monday, 6), granularity: 'week', text };
  }
  if (unit.toLowerCase() === 'month') {
    const first = new Date(Date.UTC(year, month - 1 + shift, 1));
    const [y, m] = [first.getUTCFullYear(), first.getUTCMonth() + 1];
    return { date: isoDay(y, m, 1), end: lastDayOfMonth(y, m), granularity: 'month', text };
  }
  return { date: isoDay(year + shift, 1, 1), end: isoDay(year + shift, 12, 31), granularity: 'year', text };
}

function weekdayDate(weekday: number, text: string, at: number, published: string): string {
  const before = text.slice(Math.max(0, at - 6), at).toLowerCase();
  const future = /next\s+$/.test(before) || (!/last\s+$/.test(before) && isFuture(text, at));
  const today = weekdayOf(published);
  if (future) return addDays(published, ((weekday - today + 7) % 7) || 7);
  return addDays(published, -((today - weekday + 7) % 7));
}

function withYear(month: number, day: number, text: string, at: number, published: string): string {
  const year = Number(published.slice(0, 4));
  const candidate = isoDay(year, month, day);
  if (isFuture(text, at)) return candidate < published ? isoDay(year + 1, month, day) : candidate;
  return candidate > addDays(published, ANNOUNCED_AHEAD) ? isoDay(year - 1, month, day) : candidate;
}

function fromChrono(result: chrono.ParsedResult, text: string, published: string | null): DateSpan | null {
  const start = result.start;
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (start.isCertain('day') && start.isCertain('month')) {
    if (start.isCertain('year') && year && month && day) return { date: isoDay(year, month, day), end: isoDay(year, month, day), granularity: 'day', text: result.text };
    if (!published || !month || !day) return null;
    const date = withYear(month, day, text, result.index, published);
    return { date, end: date, granularity: 'day', text: result.text };
  }
  if (start.isCertain('weekday') && !start.isCertain('day')) {
    if (!published) return null;
    const date = weekdayDate(start.get('weekday') ?? 0, text, result.index, published);
    return { date, end: date, granularity: 'day', text: result.text };
  }
  if (start.isCertain('month') && month) {
    // "in October" in a report is the last October; "as early as January" looks ahead.
    let y = start.isCertain('year') && year ? year : null;
    if (y === null) {
      if (!published) return null;
      const pubYear = Number(published.slice(0, 4));
      const pubMonth = Number(published.slice(5, 7));
      y = isFuture(text, result.index) || /\bas early as\s+$/i.test(text.slice(0, result.index))
        ? (month < pubMonth ? pubYear + 1 : pubYear)
        : (month > pubMonth ? pubYear - 1 : pubYear);
    }
    return { date: isoDay(y, month, 1), end: lastDayOfMonth(y, month), granularity: 'month', text: result.text };
  }
  return null;
}

/** Words chrono reads as dates that are not: "may" and "march" the verbs, "a second", "now". */
function isFalseDate(result: chrono.ParsedResult, text: string): boolean {
  const words = result.text.trim();
  if (/^(?:sun|second|now|today)$/i.test(words) || /\b(?:after|later|from now)\b/i.test(words)) return true;
  if (!/^(?:may|march)\b/i.test(words) || result.start.isCertain('day')) return false;
  return !/(?:in|since|by|until|from|of|early|late|mid-?|last|this|next)\s*$/i.test(text.slice(Math.max(0, result.index - 8), result.index));
}

/** Every date the text names, in order, with where it stands. */
export function findDateSpans(text: string, publishedAt: string | null): Array<DateSpan & { index: number }> {
  const published = publishedAt ? publishedAt.slice(0, 10) : null;
  const spans: Array<DateSpan & { index: number }> = [];
  if (published) {
    for (const match of text.matchAll(new RegExp(RELATIVE_RANGE.source, 'giu'))) {
      spans.push({ ...relativeRange(match as RegExpExecArray, published), index: match.index });
    }
  }
  const results = chrono.en.parse(text, published ? { instant: new Date(`${published}T12:00:00Z`), timezone: 0 } : undefined);
  for (const result of results) {
    if (isFalseDate(result, text)) continue;
    // "last week" and "this month" are read above, as ranges.
    if (spans.some((s) => s.index < result.index + result.text.length && result.index < s.index + s.text.length)) continue;
    const span = fromChrono(result, text, published);
    if (span) spans.push({ ...span, index: result.index });
  }
  return spans.sort((a, b) => a.index - b.index);
}

/** The date the text names nearest to `near` (its first by default), with its range, or null. */
export function findDateSpan(text: string, publishedAt: string | null, near = 0): DateSpan | null {
  const spans = findDateSpans(text, publishedAt);
  if (spans.length === 0) return null;
  const distance = (s: { index: number; text: string }) => Math.min(Math.abs(s.index - near), Math.abs(s.index + s.text.length - near));
  const best = spans.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  const { index: _index, ...span } = best;
  return span;
}

/** The first date the text names, as YYYY-MM-DD (the start of a range), or null. */
export function findDate(text: string, publishedAt: string | null): string | null {
  return findDateSpan(text, publishedAt)?.date ?? null;
}
