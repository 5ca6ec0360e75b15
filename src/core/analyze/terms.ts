import type { Mention } from './mentions';
import { stem } from './stem';
import { STOPWORDS } from './stopwords';

export const MAX_TERMS = 40;
const WORD = /[\p{L}][\p{L}'’-]*[\p{L}]|[\p{L}]/gu;

/** Counts of content words and two-word phrases, entity names removed (they are keys of their own). */
export function countTerms(text: string, mentions: Mention[]): Map<string, number> {
  const masked = maskMentions(text, mentions);
  const counts = new Map<string, number>();
  for (const sentence of masked.split(/[.!?;:\n“”"«»()[\]]+/)) {
    let previous: string | null = null;
    for (const match of sentence.matchAll(WORD)) {
      const token = stem(match[0]);
      if (token.length < 3 || STOPWORDS.has(token) || STOPWORDS.has(match[0].toLowerCase())) {
        previous = null;
        continue;
      }
      counts.set(token, (counts.get(token) ?? 0) + 1);
      if (previous) counts.set(`${previous} ${token}`, (counts.get(`${previous} ${token}`) ?? 0) + 1);
      previous = token;
    }
  }
  return counts;
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

/**
 * Distinctive terms best first: words by frequency, and phrases that recur (a phrase seen
 * once is chance, twice is a subject of the article).
 */
export function extractTerms(text: string, mentions: Mention[], max = MAX_TERMS, _lang: string | null = null): string[] {
  const counts = countTerms(text, mentions);
  const scored = [...counts.entries()]
    .filter(([term, n]) => !term.includes(' ') || n >= 2)
    .map(([term, n]) => ({ term, score: term.includes(' ') ? n * 1.5 : n }));
  scored.sort((a, b) => b.score - a.score); // stable: ties keep the order of first appearance
  return scored.slice(0, max).map((s) => s.term);
}
