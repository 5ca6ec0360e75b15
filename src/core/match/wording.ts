import { stem } from '../analyze/stem';
import { STOPWORDS } from '../analyze/stopwords';
import type { Claim } from './claims';

const WORD = /[\p{L}][\p{L}'’-]*[\p{L}]/gu;

/** Content stems of a statement, for the wording bonus between two statements of one language. */
function stemsOf(text: string): Set<string> {
  const stems = new Set<string>();
  for (const [word] of text.matchAll(WORD)) {
    const lower = word.toLowerCase();
    if (lower.length < 3 || STOPWORDS.has(lower)) continue;
    const token = stem(lower);
    if (token.length >= 3 && !STOPWORDS.has(token)) stems.add(token);
  }
  return stems;
}

const stemCache = new WeakMap<Claim, Set<string>>();
function stemsOfClaim(c: Claim): Set<string> {
  let stems = stemCache.get(c);
  if (!stems) stemCache.set(c, (stems = stemsOf(c.statement.text)));
  return stems;
}

/** Share of the shorter statement's content words found in the other (same language only). */
export function wordingOverlap(a: Claim, b: Claim): number {
  if (!a.lang || a.lang !== b.lang) return 0;
  const x = stemsOfClaim(a);
  const y = stemsOfClaim(b);
  const smaller = Math.min(x.size, y.size);
  if (smaller === 0) return 0;
  let shared = 0;
  for (const token of x) if (y.has(token)) shared++;
  return shared / smaller;
}

