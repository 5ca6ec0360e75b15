import { findDateSpans } from './dates';
import { introLine } from './introLine';
import type { DirectQuote } from './quotes';

/**
 * A line longer than this on either side of a quote is read through its dates, once (below).
 * Real paragraphs are shorter; a transcript or a page written to stall may run to 300,000.
 */
const LONG = 1_000;
/** Characters kept after a date, so it reads as it does in its line ("12 April 2022, 10:00"). */
const MARGIN = 100;

/** The line under a position, and the dates it names, each read once for all its quotes. */
export interface LineReader {
  lineOf(at: number): { start: number; end: number };
  /** The current line's dates, in order, as offsets in the text. */
  dates(): Array<{ start: number; end: number }>;
}

export function lineReader(text: string, publishedAt: string | null): LineReader {
  let line = { start: 0, end: -1 };
  let dates: Array<{ start: number; end: number }> | null = null;
  return {
    lineOf(at) {
      if (at >= line.start && at < line.end) return line;
      const newline = text.indexOf('\n', at);
      line = { start: text.lastIndexOf('\n', at - 1) + 1, end: newline < 0 ? text.length : newline };
      dates = null;
      return line;
    },
    dates() {
      dates ??= findDateSpans(text.slice(line.start, line.end), publishedAt)
        .map((span) => ({ start: line.start + span.index, end: line.start + span.index + span.text.length }));
      return dates;
    },
  };
}

/**
 * The words around a quote on its line, and a line before ending with ":", that attribute it;
 * its date is the first the context names. On a long line the context keeps what decides that
 * date: the line's first date when it stands before the quote, else the words near the quote
 * and the first date after it. Read whole, each of the thousands of quotes of a one-paragraph
 * page read its whole paragraph again (quadratic: 100,000 characters took 75 s).
 */
export function quoteContext(text: string, quote: DirectQuote, lines: LineReader): string {
  const { start: lineStart, end: lineEnd } = lines.lineOf(quote.outerStart);
  const before = text.slice(lineStart, quote.outerStart);
  const intro = before.trim() ? '' : introLine(text, lineStart)?.text ?? '';
  const after = text.slice(quote.outerEnd, Math.max(quote.outerEnd, lineEnd));
  if (before.length <= LONG && after.length <= LONG) return `${intro} ${before} … ${after}`;
  const dates = lines.dates();
  const first = dates[0];
  const head = before.length <= LONG ? before
    : first && first.end + MARGIN <= quote.outerStart ? text.slice(lineStart, first.end + MARGIN)
      : text.slice(quote.outerStart - LONG, quote.outerStart).replace(/^\S*/u, '');
  if (after.length <= LONG) return `${intro} ${head} … ${after}`;
  const near = after.slice(0, LONG).replace(/\S*$/u, '');
  const next = dates[firstAtOrAfter(dates, quote.outerEnd + LONG - MARGIN)];
  const far = next ? ` … ${text.slice(next.start - MARGIN, Math.min(lineEnd, next.end + MARGIN))}` : '';
  return `${intro} ${head} … ${near}${far}`;
}

/** Index of the first date starting at or after `at` (dates in order), or dates.length. */
function firstAtOrAfter(dates: Array<{ start: number }>, at: number): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (dates[mid]!.start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}
