import { findDashQuotes } from './dashQuotes';

/** A quotation that stands as speech of its own (not a few words quoted inside a narrative sentence). */
export interface DirectQuote {
  /** Offsets of the quoted words, without the quotation marks. */
  start: number;
  end: number;
  /** Offsets including the marks. */
  outerStart: number;
  outerEnd: number;
  /** False when the paragraph ends inside the quote: it goes on in the next paragraph. */
  closed: boolean;
  /** Speech set off by dashes ("— Мы не нападём, — заявил он. — Никогда."), not by quotation marks. */
  dash?: boolean;
}

// Curly, low-9 and straight double quotes; single quotes (British copy) only where the closing
// mark is not an apostrophe: "‘Belarus isn’t going to attack,’ he said". Guillemets nest in
// Russian copy («… «Газпрома» …»), so they are matched by depth below, not here.
const QUOTE = /“([^”]*)(”|$)|«|„([^“”]*)([“”]|$)|"([^"\n]*)("|$)|(?<![\p{L}\d])‘((?:[^’\n]|’(?=\p{L}))*)(’|$)|(?<![\p{L}\d])'((?:[^'\n]|'(?=\p{L}))*)('|$)/gu;
const MIN_WORDS = 4;

/** «…» with «…» inside: the content up to the matching close, and whether it closed. */
function guillemets(paragraph: string, open: number): { content: string; length: number; closed: boolean } {
  let depth = 0;
  for (let i = open; i < paragraph.length; i++) {
    if (paragraph[i] === '«') depth++;
    else if (paragraph[i] === '»' && --depth === 0) return { content: paragraph.slice(open + 1, i), length: i + 1 - open, closed: true };
  }
  return { content: paragraph.slice(open + 1), length: paragraph.length - open, closed: false };
}

/**
 * Quotations of at least a few words that open with a capital: "We are not going to attack
 * anyone." Short or lower-case quotes ("acting “provocatively”") belong to the sentence around them.
 */
export function findDirectQuotes(text: string): DirectQuote[] {
  const quotes: DirectQuote[] = [];
  let paragraphStart = 0;
  for (const paragraph of text.split('\n')) {
    const pattern = new RegExp(QUOTE.source, 'gu');
    for (let match = pattern.exec(paragraph); match; match = pattern.exec(paragraph)) {
      let content: string;
      let length: number;
      let closed: boolean;
      if (match[0] === '«') {
        ({ content, length, closed } = guillemets(paragraph, match.index));
        pattern.lastIndex = match.index + length;
      } else {
        const groupAt = [1, 3, 5, 7, 9].find((g) => match?.[g] !== undefined) as number;
        content = match[groupAt] ?? '';
        length = match[0].length;
        closed = match[groupAt + 1] !== '';
      }
      const leading = content.length - content.trimStart().length;
      const words = content.trim().split(/\s+/).filter(Boolean);
      if (words.length < MIN_WORDS || !/^[\p{Lu}…\[]/u.test(content.trim())) continue;
      const outerStart = paragraphStart + match.index;
      const start = outerStart + 1 + leading;
      quotes.push({ start, end: start + content.trim().length, outerStart, outerEnd: outerStart + length, closed });
    }
    if (quotes.length === 0 || quotes[quotes.length - 1]!.outerStart < paragraphStart) quotes.push(...findDashQuotes(paragraph, paragraphStart));
    paragraphStart += paragraph.length + 1;
  }
  return quotes;
}
