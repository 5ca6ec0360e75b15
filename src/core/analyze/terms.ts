import type { Mention } from './mentions';
import { stem } from './stem';
import { isStopword } from './stopwords';

export const MAX_TERMS = 40;
const WORD = /[\p{L}][\p{L}'’ʼ-]*[\p{L}]|[\p{L}]/gu;

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
  for (const sentence of masked.split(/[.!?;:\n“”"«»„()[\]]+/)) {
    let previous: string | null = null;
    let previousForm = '';
    for (const match of sentence.matchAll(WORD)) {
      const token = stem(match[0], lang);
      if (token.length < 3 || isStopword(match[0], token)) {
        previous = null;
        continue;
      }
      const form = match[0].toLowerCase();
      counts.set(token, (counts.get(token) ?? 0) + 1);
      if (formCounts) noteForm(formCounts, token, form);
      if (previous) {
        const phrase = `${previous} ${token}`;
        counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
        if (formCounts) noteForm(formCounts, phrase, `${previousForm} ${form}`);
      }
      previous = token;
      previousForm = form;
    }
  }
  const forms = new Map<string, string>();
  for (const [key, seen] of formCounts ?? []) forms.set(key, [...seen].sort((a, b) => b[1] - a[1])[0]?.[0] ?? key);
  return { counts, forms };
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
