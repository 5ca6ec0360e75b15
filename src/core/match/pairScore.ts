import type { ContradictionKind } from '../types';
import { daysBetweenClaims, type Claim } from './claims';
import { CLAIM_WINDOW_DAYS } from './pairKind';
import { wordingOverlap } from './wording';

/**
 * 0..1: how surely the two statements speak to one question. The same act, actor and target
 * named alike, a direct quote, time close together, both about the future (or both about what
 * happened), and the same words add to it; a claim that something only could happen takes off.
 * Time counts as much as the same act: a side's latest denial is its standing position, so a
 * report is answered by the official who denied it last month rather than by a president's
 * broader words half a year before.
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
  if (days !== null) score += 0.3 * Math.max(0, 1 - days / CLAIM_WINDOW_DAYS);
  score += 0.15 * wordingOverlap(a, b);
  return Math.max(0.05, Math.min(1, Math.round(score * 100) / 100));
}
