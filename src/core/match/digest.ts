import type { Analysis, ArticleEvent } from '../types';
import { conceptVector } from './concepts';
import { leadEvents } from './sameEvent';

/** Bumped whenever what a digest holds, or how it is computed, changes: older digests are not used. */
export const DIGEST_VERSION = 2;

/**
 * What ranking needs of an article's statements and events, computed once when it is stored:
 * its concept keys (acts, event places and days, counts) and the events it leads with. With it
 * an archive ranks a few hundred candidates from their article rows alone, and reads statements
 * only for the few reports contradictions are sought in (in Chromium, reading 200 candidates'
 * statement and event rows took most of a check).
 */
export interface MatchDigest {
  version: number;
  concepts: Array<[string, number]>;
  leadEvents: ArticleEvent[];
}

export function matchDigest(analysis: Analysis): MatchDigest {
  return { version: DIGEST_VERSION, concepts: [...conceptVector(analysis)], leadEvents: leadEvents(analysis) };
}

/** A stored digest this version of the matcher can use, or null (recompute from the rows). */
export function usableDigest(digest: MatchDigest | undefined | null): MatchDigest | null {
  return digest && digest.version === DIGEST_VERSION ? digest : null;
}
