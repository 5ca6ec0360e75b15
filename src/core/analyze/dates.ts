import * as chrono from 'chrono-node';
import { addDays, isoDay } from '../calendar';
import { NUMBER_WORDS } from './numberWords';
import { daySpan, monthSpan, monthYear, relativeSpan, weekdayDate, withYear, type DateSpan, type RangeUnit } from './dateRules';
import { findSlavicDateSpans } from './slavicDates';

export type { DateSpan } from './dateRules';

/**
 * When a claim says something happened, normalised against the publication date (rules in
 * dateRules.ts). English is read by chrono-node, which picks the nearest match, often a future
 * one, so its results are placed again by those rules; Russian, Ukrainian, Belarusian, Bulgarian
 * and Polish by slavicDates.ts (chrono's Russian and Ukrainian parsers miss Belarusian, and the
 * one set of rules keeps every language placed alike).
 */
const FUTURE = /(?<![\p{L}])(?:will|shall|is to|are to|going to|plans? to|planned|scheduled|due to|set to|expected to|next|upcoming|coming)(?![\p{L}])|['’]ll(?![\p{L}])/iu;
/** How far back from the date words tense is read: "will meet on Monday", not a sentence away. */
const TENSE_WINDOW = 40;
const RELATIVE_RANGE = /(?<![\p{L}])(?:(earlier|later)\s+)?(last|this|next|past)\s+(week|month|year)(?![\p{L}])/iu;

/** What of a chrono result is read: where, which words, and the date's components. */
type Found = Pick<chrono.ParsedResult, 'start' | 'text' | 'index'>;

/** What chrono's results that are kept start from: a number, a month, a weekday, "yesterday". */
const MAY_HAVE_DATE = /\d|(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|tomorrow|tonight)/i;

function isFuture(text: string, at: number): boolean {
  return FUTURE.test(text.slice(Math.max(0, at - TENSE_WINDOW), at));
}

/** "were held on December 28", "took place": told in the past, so not a date announced ahead. */
const PAST = /(?<![\p{L}])(?:was|were|had|did|took|met|came|went|began|held)(?![\p{L}])|\p{L}{3,}ed(?![\p{L}])/iu;
const isPast = (text: string, at: number) => PAST.test(text.slice(Math.max(0, at - TENSE_WINDOW), at)) && !isFuture(text, at);

function relativeRange(match: RegExpExecArray, published: string): DateSpan {
  const [text, , which = '', unit = ''] = match;
  const shift = { last: -1, past: -1, this: 0, next: 1 }[which.toLowerCase() as 'last'] ?? 0;
  return relativeSpan(shift, unit.toLowerCase() as RangeUnit, published, text);
}

function weekdayFuture(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 6), at).toLowerCase();
  return /next\s+$/.test(before) || (!/last\s+$/.test(before) && isFuture(text, at));
}

function fromChrono(result: Found, text: string, published: string | null): DateSpan | null {
  const start = result.start;
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (start.isCertain('day') && start.isCertain('month')) {
    if (start.isCertain('year') && year && month && day) return daySpan(isoDay(year, month, day), result.text);
    if (!published || !month || !day) return null;
    return daySpan(withYear(month, day, isFuture(text, result.index), published, isPast(text, result.index)), result.text);
  }
  if (start.isCertain('weekday') && !start.isCertain('day')) {
    if (!published) return null;
    return daySpan(weekdayDate(start.get('weekday') ?? 0, weekdayFuture(text, result.index), published), result.text);
  }
  if (start.isCertain('month') && month) {
    // "in October" in a report is the last October; "as early as January" looks ahead.
    let y = start.isCertain('year') && year ? year : null;
    if (y === null) {
      if (!published) return null;
      y = monthYear(month, isFuture(text, result.index) || /\bas early as\s+$/i.test(text.slice(0, result.index)), published);
    }
    return monthSpan(y, month, result.text);
  }
  return null;
}

/** Words chrono reads as dates that are not: "may" and "march" the verbs, "a second", "now". */
function isFalseDate(result: Found, text: string): boolean {
  const words = result.text.trim();
  // chrono's word boundary is ASCII: "Wed" in "Według", "Mar" in "Marków".
  const after = text.slice(result.index + result.text.length, result.index + result.text.length + 1);
  if (/\p{L}/u.test(after) || /\p{L}/u.test(text.slice(result.index - 1, result.index))) return true;
  if (/^(?:sun|second|now|today)$/i.test(words) || /\b(?:after|later|from now)\b/i.test(words)) return true;
  if (!/^(?:may|march)\b/i.test(words) || result.start.isCertain('day')) return false;
  return !/(?:in|since|by|until|from|of|early|late|mid-?|last|this|next)\s*$/i.test(text.slice(Math.max(0, result.index - 8), result.index));
}

/**
 * "On the night of June 10": chrono takes the part of the day for the date and leaves the day
 * itself uncertain; the date is read again from what follows "of".
 */
const PART_OF_DAY = /^(?:the\s+)?(?:night|morning|evening|afternoon|early\s+hours)\s+of\s+/i;
function partOfDay(result: Found, options: Parameters<typeof chrono.en.parse>[1]): Found {
  const part = PART_OF_DAY.exec(result.text);
  const inner = part ? chrono.en.parse(result.text.slice(part[0].length), options)[0] : undefined;
  if (!part || !inner) return result;
  return { start: inner.start, text: inner.text, index: inner.index + result.index + part[0].length };
}

/** "two days ago", "два дня назад", "три дні тому", "два дні таму", "dwa dni temu", "преди два дни". */
const FEW_DAYS = Object.keys(NUMBER_WORDS).filter((word) => NUMBER_WORDS[word]! >= 2 && NUMBER_WORDS[word]! <= 14 && Number.isInteger(NUMBER_WORDS[word]));
const DAYS_AGO = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2}|${FEW_DAYS.join('|')})\\s+(?:days?\\s+ago|дн(?:я|ей)\\s+назад|дн(?:і|ів)\\s+тому|дн(?:і|ёў|зён)\\s+таму|dni\\s+temu)(?![\\p{L}])|(?<![\\p{L}])преди\\s+(\\d{1,2}|${FEW_DAYS.join('|')})\\s+дни(?![\\p{L}])`, 'giu');
const parseDays = (word: string) => (/^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()] ?? null);

/** Every date the text names, in order, with where it stands. */
export function findDateSpans(text: string, publishedAt: string | null): Array<DateSpan & { index: number }> {
  // A sentence is asked again for each claim in it: keep the last answers.
  const key = `${publishedAt ?? ''}\u0000${text}`;
  const known = remembered.get(key);
  if (known) return known.map((span) => ({ ...span }));
  const spans = readDateSpans(text, publishedAt);
  if (remembered.size >= REMEMBERED) remembered.clear();
  remembered.set(key, spans);
  return spans.map((span) => ({ ...span }));
}

const REMEMBERED = 256;
const remembered = new Map<string, Array<DateSpan & { index: number }>>();
/** Cyrillic, Polish letters or words, or a dd.mm.yyyy date: the Slavic reader has something to read. */
const SLAVIC_HINT = /[\u0400-\u04ff]|[ąćęłńóśźż]|(?<![\p{L}])(?:w|wczoraj|dziś|dzisiaj|jutro|pojutrze|przedwczoraj|łoni)(?![\p{L}])|\d{1,2}\.\d{1,2}\.\d{4}|\d\s+(?:stycz|lut|marc|kwiet|maj|czerw|lip|sierp|wrze|paźdz|listopad|grud)/iu;

function readDateSpans(text: string, publishedAt: string | null): Array<DateSpan & { index: number }> {
  const published = publishedAt ? publishedAt.slice(0, 10) : null;
  const spans: Array<DateSpan & { index: number }> = SLAVIC_HINT.test(text) ? findSlavicDateSpans(text, published) : [];
  if (published) {
    for (const match of text.matchAll(new RegExp(RELATIVE_RANGE.source, 'giu'))) {
      spans.push({ ...relativeRange(match as RegExpExecArray, published), index: match.index });
    }
  }
  if (published) {
    for (const match of text.matchAll(DAYS_AGO)) {
      const days = parseDays(match[1] ?? match[2] ?? '');
      if (days !== null) spans.push({ ...daySpan(addDays(published, -days), match[0]), index: match.index });
    }
  }
  // chrono is the slowest step of analysis: spare it text that names no day, month or number.
  if (!/[a-z]{3}/i.test(text) || !MAY_HAVE_DATE.test(text)) return spans.sort((a, b) => a.index - b.index);
  const options = published ? { instant: new Date(`${published}T12:00:00Z`), timezone: 0 } : undefined;
  const results = chrono.en.parse(text, options).map((result) => partOfDay(result, options));
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
