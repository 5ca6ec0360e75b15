import type { RelatedReport } from '@/src/core/types';

// The matcher's 0..1 score is a sum of shared people, places, terms and closeness in time; a
// report of the same event often scores only 0.3, so a bar drawn to the raw score reads as a
// weak match. Readers get a four-step word scale instead, with the same event always at the top.

export interface MatchStrength {
  /** 1..4 filled steps of the meter. */
  steps: number;
  /** What the step means, in a reader's words. */
  label: string;
}

/** Floors on the raw score. On the seed articles, earlier reports of the same story score 0.05..0.1. */
const STEPS: Array<[number, number, string]> = [
  [0.2, 3, 'closely related'],
  [0.06, 2, 'related'],
  [0, 1, 'loosely related'],
];

export function matchStrength(report: Pick<RelatedReport, 'score' | 'sameEvent'>): MatchStrength {
  if (report.sameEvent) return { steps: 4, label: 'same event' };
  const [, steps, label] = STEPS.find(([floor]) => report.score >= floor) ?? STEPS[STEPS.length - 1]!;
  return { steps, label };
}
