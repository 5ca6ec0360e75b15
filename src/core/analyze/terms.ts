import type { Mention } from './mentions';
import { stem } from './stem';
import { isStopword } from './stopwords';
import { unitClass } from './unitClass';

export const MAX_TERMS = 40;
const WORD = /[\p{L}][\p{L}'’ʼ-]*[\p{L}]|[\p{L}]/gu;
const isLetterUnit = unitClass(/\p{L}/u);
const isWordUnit = unitClass(/[\p{L}'’ʼ-]/u);
const SURROGATE = /[\ud800-\udfff]/;

/**
 * The words WORD finds, as [start, end) pairs, read unit by unit where no character is two
 * units: a letter, then the longest run of letters, apostrophes and hyphens after it, cut back
 * to its last letter (as WORD's greedy run backtracks). Texts with surrogates take WORD itself.
 */
function wordSpans(text: string): number[] {
  const spans: number[] = [];
  if (SURROGATE.test(text)) {
    WORD.lastIndex = 0;
    for (let match = WORD.exec(text); match; match = WORD.exec(text)) spans.push(match.index, match.index + match[0].length);
    return spans;
  }
  const length = text.length;
  for (let at = 0; at < length; at++) {
    if (!isLetterUnit(text.charCodeAt(at))) continue;
    let end = at + 1;
    for (let j = at + 1; j < length; j++) {
      const code = text.charCodeAt(j);
      if (!isWordUnit(code)) break;
      if (isLetterUnit(code)) end = j + 1;
    }
    spans.push(at, end);
    at = end - 1;
  }
  return spans;
}

/** A term's key (a stem, what articles share) and the word a reader would recognise. */
export interface TermCounts {
  counts: Map<string, number>;
  /** Key -> the form seen most often ("наступлен" -> "наступление"). */
  forms: Map<string, string>;
}

/**
 * Counts of content words and two-word phrases, entity names removed (they are keys of their
 * own). Each word is stemmed in its own language, `lang` (the article's) deciding only where
 * the letters do not.
 */
export function countTerms(text: string, mentions: Mention[], lang: string | null = null): Map<string, number> {
  return tally(text, mentions, lang, null).counts;
}

export function countTermsWithForms(text: string, mentions: Mention[], lang: string | null = null): TermCounts {
  return tally(text, mentions, lang, new Map());
}

/** Forms are tallied only when asked for: analysis needs the keys alone. */
function tally(text: string, mentions: Mention[], lang: string | null, formCounts: Map<string, Map<string, number>> | null): TermCounts {
  const masked = maskMentions(text, mentions);
  const counts = new Map<string, number>();
  // Words are read in one pass over the text; a phrase never spans a sentence mark (no word holds
  // one, so the words are those of the text split at the marks).
  let previous: string | null = null;
  let previousForm = '';
  let previousEnd = 0;
  const spans = wordSpans(masked);
  for (let w = 0; w < spans.length; w += 2) {
    const wordStart = spans[w]!;
    const word = masked.slice(wordStart, spans[w + 1]);
    if (previous !== null && hasSentenceMark(masked, previousEnd, wordStart)) previous = null;
    previousEnd = wordStart + word.length;
    const token = termKey(word, lang);
    if (token === null) {
      previous = null;
      continue;
    }
    counts.set(token, (counts.get(token) ?? 0) + 1);
    const form = formCounts ? word.toLowerCase() : '';
    if (formCounts) noteForm(formCounts, token, form);
    if (previous) {
      const phrase = `${previous} ${token}`;
      counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
      if (formCounts) noteForm(formCounts, phrase, `${previousForm} ${form}`);
    }
    previous = token;
    previousForm = form;
  }
  const forms = new Map<string, string>();
  for (const [key, seen] of formCounts ?? []) forms.set(key, [...seen].sort((a, b) => b[1] - a[1])[0]?.[0] ?? key);
  return { counts, forms };
}

// A word's key as a term, or null when it is too short or says nothing: the same in every
// text, so kept like stems (stem.ts), by `lang ?? ''` and then the word.
const KEYS_LIMIT = 20_000;
const keys = new Map<string, Map<string, string | null>>();
let keyCount = 0;

function termKey(word: string, lang: string | null): string | null {
  let known = keys.get(lang ?? '');
  if (!known) keys.set(lang ?? '', (known = new Map()));
  const hit = known.get(word);
  if (hit !== undefined) return hit;
  const token = stem(word, lang);
  const key = token.length < 3 || isStopword(word, token) ? null : token;
  if (keyCount >= KEYS_LIMIT) {
    for (const each of keys.values()) each.clear();
    keyCount = 0;
  }
  known.set(word, key);
  keyCount++;
  return key;
}

/** Whether a sentence mark (. ! ? ; : a line break, quotes, brackets) stands in text[from, to). */
function hasSentenceMark(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    switch (text.charCodeAt(at)) {
      case 0x2e: case 0x21: case 0x3f: case 0x3b: case 0x3a: case 0x0a: // . ! ? ; : \n
      case 0x201c: case 0x201d: case 0x22: case 0xab: case 0xbb: case 0x201e: // “ ” " « » „
      case 0x28: case 0x29: case 0x5b: case 0x5d: // ( ) [ ]
        return true;
      default:
    }
  }
  return false;
}

function noteForm(forms: Map<string, Map<string, number>>, key: string, form: string): void {
  let seen = forms.get(key);
  if (!seen) forms.set(key, (seen = new Map()));
  seen.set(form, (seen.get(form) ?? 0) + 1);
}

function maskMentions(text: string, mentions: Mention[]): string {
  let out = '';
  let at = 0;
  for (const m of mentions) {
    out += `${text.slice(at, m.start)} . `;
    at = m.end;
  }
  return out + text.slice(at);
}

function ranked(counts: Map<string, number>, max: number): string[] {
  const scored = [...counts.entries()]
    .filter(([term, n]) => !term.includes(' ') || n >= 2)
    .map(([term, n]) => ({ term, score: term.includes(' ') ? n * 1.5 : n }));
  scored.sort((a, b) => b.score - a.score); // stable: ties keep the order of first appearance
  return scored.slice(0, max).map((s) => s.term);
}

/**
 * Distinctive terms best first, as stems (the keys articles are matched on): words by
 * frequency, and phrases that recur (a phrase seen once is chance, twice is a subject of the
 * article).
 */
export function extractTerms(text: string, mentions: Mention[], max = MAX_TERMS, lang: string | null = null): string[] {
  return ranked(countTerms(text, mentions, lang), max);
}

/** The same terms with the word a reader would recognise for each, for reasons shown on screen. */
export function extractTermsWithForms(text: string, mentions: Mention[], max = MAX_TERMS, lang: string | null = null): Array<{ term: string; form: string }> {
  const { counts, forms } = countTermsWithForms(text, mentions, lang);
  return ranked(counts, max).map((term) => ({ term, form: forms.get(term) ?? term }));
}
