import type { ContradictionKind } from '@/src/core/types';

/** The kind's name, as the card's label. */
export const KIND_LABELS: Record<ContradictionKind, string> = {
  denial_vs_report: 'Denial vs report',
  opposing_claims: 'Opposing claims',
  changed_position: 'Changed position',
  numbers_disagree: 'Numbers disagree',
};

/** What the kind means, in a reader's words: Backstory says the two conflict, never which is true. */
export const KIND_MEANINGS: Record<ContradictionKind, string> = {
  denial_vs_report: 'one side denies what the other reports',
  opposing_claims: 'the two statements claim opposite things',
  changed_position: 'the same speaker said the opposite at another time',
  numbers_disagree: 'the figures given do not agree',
};
