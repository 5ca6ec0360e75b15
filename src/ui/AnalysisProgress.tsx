import type { AnalysisStage } from '@/src/messaging/protocol';

const STEPS: Array<[AnalysisStage, string]> = [
  ['reading', 'Reading the page'],
  ['analysing', 'Finding its statements and who made them'],
  ['matching', 'Comparing them with your archive'],
];

interface Props {
  /** Absent when the background did not say (a state stored by an older version). */
  stage?: AnalysisStage;
  /** Articles in the archive, when known: how much the last step compares against. */
  archiveSize?: number | null;
}

/**
 * The three steps of an analysis with the one under way marked, announced politely to screen
 * readers. Steps, not a percentage: the background knows which step it is at, not how far.
 */
export function AnalysisProgress({ stage = 'reading', archiveSize }: Props) {
  const at = Math.max(0, STEPS.findIndex(([key]) => key === stage));
  return (
    <section class="progress" data-testid="progress" data-stage={stage} aria-labelledby="progress-title">
      <h2 id="progress-title">Analysing this article</h2>
      <p class="visually-hidden" role="status">
        Step {at + 1} of {STEPS.length}: {STEPS[at]![1]}
      </p>
      <ol class="steps">
        {STEPS.map(([key, label], index) => (
          <li class={index < at ? 'done' : index === at ? 'current' : 'todo'} aria-current={index === at ? 'step' : undefined} key={key}>
            <span class="step-mark" aria-hidden="true">
              {index < at ? '✓' : index + 1}
            </span>
            <span>
              {label}
              {key === 'matching' && typeof archiveSize === 'number' && ` (${archiveSize.toLocaleString('en')}\u00a0${archiveSize === 1 ? 'article' : 'articles'})`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
