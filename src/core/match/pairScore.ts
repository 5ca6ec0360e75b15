import { stem } from '../analyze/stem';
import { STOPWORDS } from '../analyze/stopwords';
import type { ContradictionKind } from '../types';
import { daysBetweenClaims, type Claim } from './claims';
import { CLAIM_WINDOW_DAYS } from './pairKind';

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
function wordingOverlap(a: Claim, b: Claim): number {
  if (!a.lang || a.lang !== b.lang) return 0;
  const x = stemsOfClaim(a);
  const y = stemsOfClaim(b);
  const smaller = Math.min(x.size, y.size);
  if (smaller === 0) return 0;
  let shared = 0;
  for (const token of x) if (y.has(token)) shared++;
  return shared / smaller;
}

/**
 * 0..1: how surely the two statements speak to one question. The same act, actor and target
 * named alike, a direct quote, time close together, both about the future (or both about what
 * happened), and the same words add to it; a claim that something only could happen takes off.
 */
export function pairScore(kind: ContradictionKind, a: Claim, b: Claim): number {
  let score = kind === 'numbers_disagree' ? 0.45 : 0.5;
  if (a.act === b.act) score += 0.15;
  if (a.actor && b.actor && a.actor.key === b.actor.key) score += 0.05;
  if (a.target && b.target && a.target.key === b.target.key) score += 0.05;
  if (a.place && a.place === b.place) score += 0.05;
  if (a.statement.attribution === 'direct' || b.statement.attribution === 'direct') score += 0.05;
  if (a.future === b.future) score += 0.05;
  if (a.statement.modality === 'possibility' || b.statement.modality === 'possibility') score -= 0.1;
  const days = daysBetweenClaims(a, b);
  if (days !== null) score += 0.1 * Math.max(0, 1 - days / CLAIM_WINDOW_DAYS);
  score += 0.15 * wordingOverlap(a, b);
  return Math.max(0.05, Math.min(1, Math.round(score * 100) / 100));
}
