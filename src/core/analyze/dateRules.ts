import { addDays, isoDay, lastDayOfMonth, mondayOf, weekdayOf } from '../calendar';
import type { DateGranularity } from '../types';

/**
 * How a date without a year or with only a weekday is placed against the publication date, the
 * same in every language (news copy says "on Friday", "19 декабря", "минулого тижня"):
 * - a weekday in a past-tense report is the latest such day on or before publication; in a
 *   future one the next one after;
 * - a month and day without a year is the latest one not long after publication (copy is
 *   filed up to a few weeks ahead of what it announces);
 * - "last week", "this month", "в прошлом году" are ranges: `end` and `granularity` say so.
 */
export interface DateSpan {
  date: string;
  end: string;
  granularity: DateGranularity;
  /** The words the date was read from. */
  text: string;
}

/** A month-and-day date up to this many days after publication is still this year's. */
const ANNOUNCED_AHEAD = 31;

export type RangeUnit = 'week' | 'month' | 'year';

/** "last week" is the calendar week before publication's; "this month" the month of publication. */
export function relativeSpan(shift: number, unit: RangeUnit, published: string, text: string): DateSpan {
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7));
  if (unit === 'week') {
    const monday = addDays(mondayOf(published), 7 * shift);
    return { date: monday, end: addDays(monday, 6), granularity: 'week', text };
  }
  if (unit === 'month') {
    const first = new Date(Date.UTC(year, month - 1 + shift, 1));
    const [y, m] = [first.getUTCFullYear(), first.getUTCMonth() + 1];
    return { date: isoDay(y, m, 1), end: lastDayOfMonth(y, m), granularity: 'month', text };
  }
  return { date: isoDay(year + shift, 1, 1), end: isoDay(year + shift, 12, 31), granularity: 'year', text };
}

/** Weekday 0 (Sunday) to 6: the latest on or before publication, or with `future` the next after. */
export function weekdayDate(weekday: number, future: boolean, published: string): string {
  const today = weekdayOf(published);
  if (future) return addDays(published, ((weekday - today + 7) % 7) || 7);
  return addDays(published, -((today - weekday + 7) % 7));
}

/**
 * A month and day without a year: this year's, or the next when the copy looks ahead. A day up
 * to a month after publication is this year's (an announced date) unless the copy tells it in
 * the past ("переговоры прошли 28 декабря" in mid-December): what happened is last year's.
 */
export function withYear(month: number, day: number, future: boolean, published: string, past = false): string {
  const year = Number(published.slice(0, 4));
  const candidate = isoDay(year, month, day);
  if (future) return candidate < published ? isoDay(year + 1, month, day) : candidate;
  return candidate > addDays(published, past ? 1 : ANNOUNCED_AHEAD) ? isoDay(year - 1, month, day) : candidate;
}

/** "in October": the last October in a report, the next one when the copy looks ahead. */
export function monthYear(month: number, future: boolean, published: string): number {
  const pubYear = Number(published.slice(0, 4));
  const pubMonth = Number(published.slice(5, 7));
  return future ? (month < pubMonth ? pubYear + 1 : pubYear) : (month > pubMonth ? pubYear - 1 : pubYear);
}

export function monthSpan(year: number, month: number, text: string): DateSpan {
  return { date: isoDay(year, month, 1), end: lastDayOfMonth(year, month), granularity: 'month', text };
}

export function daySpan(date: string, text: string): DateSpan {
  return { date, end: date, granularity: 'day', text };
}
