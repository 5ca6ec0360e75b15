import type { RelatedReport } from '@/src/core/types';
import { matchStrength } from './matchStrength';

/** How close a related report is, in words with a four-step meter beside them. */
export function MatchMeter({ report }: { report: Pick<RelatedReport, 'score' | 'sameEvent'> }) {
  const { steps, label } = matchStrength(report);
  return (
    <p class="match" title={`Match score ${report.score.toFixed(2)} of 1`}>
      <span class="match-steps" aria-hidden="true">
        {[1, 2, 3, 4].map((step) => (
          <span key={step} class={step <= steps ? 'step on' : 'step'} />
        ))}
      </span>
      <span class="match-label">
        <span class="match-word">Match: </span>
        <strong>{label}</strong>
        <span class="visually-hidden"> ({steps} of 4)</span>
      </span>
    </p>
  );
}
