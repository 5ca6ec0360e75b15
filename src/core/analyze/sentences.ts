export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// Words that end with a period without ending the sentence ("Gen. Gerasimov", "Dec. 3").
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'brig', 'adm', 'cmdr', 'gov', 'sen',
  'rep', 'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'no', 'nos', 'vs', 'etc', 'approx', 'est', 'dept', 'inc', 'ltd', 'co', 'corp', 'fig', 'vol',
  'mt', 'ft', 'ave', 'blvd',
  // Russian, Ukrainian, Belarusian, Bulgarian: "2014 г.", "т. е.", "2,5 тыс.", "им. Ленина", "м. Київ", "ген. Залужный".
  // "и т. д." and "и т. п." are left out: followed by a capital, they end the sentence.
  'ул', 'г', 'гг', 'т', 'е', 'н', 'тыс', 'млн', 'млрд', 'им', 'обл', 'р', 'рр', 'ст', 'св', 'пр', 'см', 'напр', 'чел', 'руб', 'грн',
  'долл', 'тис', 'вул', 'м', 'с', 'смт', 'пл', 'див', 'ген', 'полк', 'подп', 'хил', 'вв', 'проф', 'акад', 'зам', 'нач', 'пос', 'вёск', 'в',
  // Polish: "ok. 400", "m.in.", "ul.", "gen. Załużny", "płk.", "tys.".
  'ok', 'ul', 'tys', 'mln', 'mld', 'np', 'tzw', 'tj', 'godz', 'płk', 'ppłk', 'gw', 'woj', 'pow', 'al', 'ks', 'pt',
]);

// After "U.S." a sentence goes on unless the next word plainly opens a new one.
const SENTENCE_OPENERS = new Set(['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'But', 'And', 'This', 'That', 'In', 'On', 'However']);

const BOUNDARY = /[.!?…]+["”’»)\]]*(?=\s)/g;

/** Splits text into sentences; line breaks always end one (headlines, list items). */
export function splitSentences(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    splitLine(line, lineStart, sentences);
    lineStart += line.length + 1;
  }
  return sentences;
}

function splitLine(line: string, offset: number, out: SentenceSpan[]): void {
  let start = 0;
  for (const match of line.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (!elidesInsideQuote(line, start, match[0], end) && isSentenceEnd(line, match.index, end)) {
      pushTrimmed(line, start, end, offset, out);
      start = end;
    }
  }
  pushTrimmed(line, start, line.length, offset, out);
}

const ELLIPSIS = /^(?:…+|\.{3,})$/;
const QUOTE_MARKS = /[“”«»„]/g;
const OPENERS = new Set(['“', '«', '„']);

/**
 * An ellipsis inside a quotation that closes further on, before any other stop ("repelled attacks
 * near … Blahodatne” and 13 other settlements", "«отбили атаки у … Благодатного»"), leaves words
 * out of the quote: it ends no sentence.
 */
function elidesInsideQuote(line: string, sentenceStart: number, mark: string, end: number): boolean {
  if (!ELLIPSIS.test(mark)) return false;
  const before = line.slice(sentenceStart, end - mark.length).match(QUOTE_MARKS);
  if (!before || !OPENERS.has(before[before.length - 1]!)) return false;
  return /^[^.!?…”»“]*[”»“]/.test(line.slice(end, end + 200));
}

function isSentenceEnd(line: string, markAt: number, end: number): boolean {
  // Bounded slices: a paragraph can be thousands of characters long, and this runs at every stop.
  const next = /^\s+(\S)(\S*)/.exec(line.slice(end, end + 40));
  if (!next) return true;
  const [, firstChar = '', restOfWord = ''] = next;
  // Dialogue in Slavic copy: "... — заявил он. — Это не наша война."
  if (/^[—–]$/.test(firstChar)) return /^\s+[—–]\s+[\p{Lu}«„"]/u.test(line.slice(end, end + 8));
  if (!/[\p{Lu}\p{N}"“«„‘'(\[]/u.test(firstChar)) return false;
  if (line[markAt] !== '.' || end - markAt > 1) return true;
  const word = /([\p{L}.]+)$/u.exec(line.slice(Math.max(0, markAt - 30), markAt))?.[1] ?? '';
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. R. Smith"
  if (word.includes('.')) return SENTENCE_OPENERS.has(firstChar + restOfWord); // "U.S."
  return !ABBREVIATIONS.has(word.toLowerCase());
}

function pushTrimmed(line: string, from: number, to: number, offset: number, out: SentenceSpan[]): void {
  const piece = line.slice(from, to);
  const leading = piece.length - piece.trimStart().length;
  const text = piece.trim();
  if (!text) return;
  const start = offset + from + leading;
  out.push({ text, start, end: start + text.length });
}
