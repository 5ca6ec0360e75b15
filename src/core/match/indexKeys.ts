import type { Analysis } from '../types';

// Budget of multi-entry keys per article: enough to find every related report, few enough
// that the archive's index stays small.
const MAX_ENTITY_KEYS = 25;
const MAX_TERM_KEYS = 30;
const MAX_EVENT_KEYS = 5;

export const entityKey = (entityId: string) => `e:${entityId}`;
export const termKey = (term: string) => `t:${term}`;
export const eventKey = (type: string, date: string) => `v:${type}:${date}`;

/** The archive's index keys of an article: "e:person:putin", "t:minsk talk", "v:visit:2022-12-19". */
export function indexKeys(analysis: Analysis): string[] {
  const keys = [
    ...analysis.entities.slice(0, MAX_ENTITY_KEYS).map((entity) => entityKey(entity.id)),
    ...analysis.terms.slice(0, MAX_TERM_KEYS).map(termKey),
    ...analysis.events.filter((event) => event.date).slice(0, MAX_EVENT_KEYS).map((event) => eventKey(event.type, event.date as string)),
  ];
  return [...new Set(keys)];
}
