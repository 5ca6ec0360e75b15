import type { ArticleEvent } from '../types';
import type { EntityIndex } from './entities';
import { EVENT_TYPES } from './eventTypes';
import type { StatementWithIds } from './statements';

/** Statements that report something as happening: affirmed, not intended, guessed or feared. */
function reportsAnEvent({ statement }: StatementWithIds): boolean {
  return statement.polarity === 'affirm' && (statement.modality === 'asserted' || statement.modality === 'reported');
}

/**
 * Events of an article: affirmed statements grouped by event type and date. A statement
 * without a date joins the first dated group of its type (news copy dates an event once).
 */
export function extractEvents(statements: StatementWithIds[], index: EntityIndex): ArticleEvent[] {
  const groups = new Map<string, StatementWithIds[]>();
  for (const item of statements.filter(reportsAnEvent)) {
    const kind = item.statement.predicate ? EVENT_TYPES[item.statement.predicate] : undefined;
    if (!kind) continue;
    const key = `${kind.type}|${item.statement.date ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  for (const [key, items] of [...groups]) {
    const [type, date] = key.split('|');
    if (date) continue;
    const dated = [...groups.keys()].find((other) => other.startsWith(`${type}|`) && other !== key);
    if (!dated) continue;
    groups.set(dated, [...(groups.get(dated) ?? []), ...items]);
    groups.delete(key);
  }
  return [...groups.entries()].map(([key, items], i) => toEvent(key, items, index, `e${i + 1}`));
}

function toEvent(key: string, items: StatementWithIds[], index: EntityIndex, id: string): ArticleEvent {
  const [type = '', date = ''] = key.split('|');
  const predicate = items.find((item) => EVENT_TYPES[item.statement.predicate ?? '']?.type === type)?.statement.predicate ?? '';
  const actors = new Set<string>();
  for (const item of items) {
    for (const actor of [item.subjectId, item.targetId]) {
      if (actor && index.typeOf(actor) !== 'place') actors.add(actor);
    }
  }
  const places = items.flatMap((item) => [...item.placeIds, ...[item.targetId].filter((t): t is string => !!t && index.typeOf(t) === 'place')]);
  return {
    id,
    type,
    cameo: EVENT_TYPES[predicate]?.cameo ?? '',
    actors: [...actors],
    place: mostCommon(places),
    date: date || null,
    statementIds: items.map((item) => item.statement.id),
  };
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
