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
}

// Curly, guillemet, low-9 and straight double quotes; single quotes (British copy) only where
// the closing mark is not an apostrophe: "‘Belarus isn’t going to attack,’ he said".
const QUOTE = /“([^”]*)(”|$)|«([^»]*)(»|$)|„([^“”]*)([“”]|$)|"([^"\n]*)("|$)|(?<![\p{L}\d])‘((?:[^’\n]|’(?=\p{L}))*)(’|$)|(?<![\p{L}\d])'((?:[^'\n]|'(?=\p{L}))*)('|$)/gu;
const MIN_WORDS = 4;

/**
 * Quotations of at least a few words that open with a capital: "We are not going to attack
 * anyone." Short or lower-case quotes ("acting “provocatively”") belong to the sentence around them.
 */
export function findDirectQuotes(text: string): DirectQuote[] {
  const quotes: DirectQuote[] = [];
  let paragraphStart = 0;
  for (const paragraph of text.split('\n')) {
    for (const match of paragraph.matchAll(QUOTE)) {
      const groupAt = [1, 3, 5, 7, 9, 11].find((g) => match[g] !== undefined) as number;
      const content = match[groupAt] ?? '';
      const closed = match[groupAt + 1] !== '';
      const leading = content.length - content.trimStart().length;
      const words = content.trim().split(/\s+/).filter(Boolean);
      if (words.length < MIN_WORDS || !/^[\p{Lu}…\[]/u.test(content.trim())) continue;
      const outerStart = paragraphStart + match.index;
      const start = outerStart + 1 + leading;
      quotes.push({
        start,
        end: start + content.trim().length,
        outerStart,
        outerEnd: outerStart + match[0].length,
        closed,
      });
    }
    paragraphStart += paragraph.length + 1;
  }
  return quotes;
}
