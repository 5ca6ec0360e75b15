// Whether a reported contradiction is a labelled one: the same two articles, and each side's
// statement contains its labelled quote or lies inside it, in either order. Words are compared
// as words (lower case, punctuation ignored): a statement keeps its sentence's punctuation,
// while a label quotes a span of it. A side may also list other spans of its article where the
// same voice states the same claim (`also`, written by a labeller from the text): an article
// that gives a count in its lead and again in its body states it twice, and either is the claim.
import { comparisonKey } from '../src/core/text';
import type { ReportedPair } from './backstoryRun';

export interface QuoteSide {
  article: string;
  quote: string;
  also?: string[];
}

/** Fewer words than this inside a long quote is a fragment, not the labelled statement. */
const MIN_FRAGMENT_WORDS = 4;

// Ukrainian and Belarusian write the apostrophe as U+02BC (a letter), U+2019 or ', by source.
const padded = (text: string) => ` ${comparisonKey(text.normalize('NFC').replace(/[\u02bc\u2019']/gu, ' '))} `;

/**
 * A label may quote a claim with the words that attribute it after it ("was captured with the
 * help of aerial support, the Russian defence ministry said"; "..., — заявил Песков"): a
 * statement holds the claim without them, and may begin earlier in the sentence. So with the
 * words before it ("Ukraine’s military said its forces drove back an assault ...").
 */
const SAID = 'said|says|told|added|reported|claimed|announced|заявил|заявила|заявили|сообщил|сообщила|сообщили|сказал|сказала|заявив|повідомив|повідомили|сказав|заявіў|паведаміў|паведамілі|сказаў';
const TRAILING_ATTRIBUTION = new RegExp(`,\\s*(?:[—–]\\s*)?(?:(?:the\\s+)?[^,]{0,60}?\\s)?(?:${SAID})(?:\\s[^,]{0,60})?[.!]?$`, 'iu');
const LEADING_ATTRIBUTION = new RegExp(`^[^,]{0,60}?\\s(?:${SAID})(?:\\s+that|,?\\s+(?:что|що|што))?\\s+`, 'iu');

export function sideMatches(statementText: string, quote: string): boolean {
  if (quoteMatches(statementText, quote)) return true;
  const core = quote.replace(TRAILING_ATTRIBUTION, '').replace(LEADING_ATTRIBUTION, '');
  return core !== quote && wordCount(padded(core)) >= MIN_FRAGMENT_WORDS && padded(statementText).includes(padded(core).trim());
}

function quoteMatches(statementText: string, quote: string): boolean {
  const statement = padded(statementText);
  // A label may elide words ("repelled attacks near … Blahodatne"): its parts, in order.
  const parts = quote.split(/\s*(?:…|\.\.\.)\s*/u).map(padded).filter((part) => part.trim() !== '');
  if (parts.length === 0 || statement.trim() === '') return false;
  let from = 0;
  for (const part of parts) {
    // A long part may start or end inside a word a page glued to it ("UkraineUkrainian forces").
    const at = wordCount(part) >= MIN_FRAGMENT_WORDS ? statement.indexOf(part.trim(), from) : statement.indexOf(part, from);
    if (at < 0) return parts.length === 1 && containsStatement(part, statement);
    from = at + part.trim().length;
  }
  return true;
}

const wordCount = (key: string) => key.trim().split(' ').length;

/** The statement is a sentence inside a longer labelled quote. */
const containsStatement = (quote: string, statement: string) => quote.includes(statement) && wordCount(statement) >= MIN_FRAGMENT_WORDS;

/** The statement quotes the side's labelled span or one of its other spans of the same claim. */
const quotesSide = (statementText: string, side: QuoteSide) =>
  [side.quote, ...(side.also ?? [])].some((quote) => sideMatches(statementText, quote));

/** The reported pair quotes both labelled sides, in either order. */
export function pairMatches(pair: ReportedPair, a: QuoteSide, b: QuoteSide): boolean {
  const { query, other } = pair;
  const straight = query.article === a.article && other.article === b.article && quotesSide(query.text, a) && quotesSide(other.text, b);
  const crossed = query.article === b.article && other.article === a.article && quotesSide(query.text, b) && quotesSide(other.text, a);
  return straight || crossed;
}

/** One key for an unordered pair of articles. */
export const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
