import { datasetNumberDisagreements } from '../archive/datasetNumbers';
import type { ArchiveDB } from '../archive/db';
import { findPriorEvents, flattenPriorEvents } from '../archive/priorEvents';
import type { AnalyzedArticle, Contradiction } from '../core/types';

/**
 * `check`'s dataset events, in the contract's fields (DESIGN.md: dataset, id, date, place, type,
 * actors, fatalities, sourceUrl, score, reasons), best first; and the numbers on which a
 * dataset and the article disagree, as contradictions of kind numbers_disagree.
 */
export async function priorEventsJson(db: ArchiveDB, analyzed: AnalyzedArticle) {
  const events = flattenPriorEvents(await findPriorEvents(db, analyzed));
  const contradictions: Contradiction[] = datasetNumberDisagreements(analyzed, events);
  return {
    events: events.map(({ dataset, id, date, place, type, actors, fatalities, sourceUrl, score, reasons }) =>
      ({ dataset, id, date, place, type, actors, fatalities, sourceUrl, score, reasons })),
    contradictions,
  };
}
