import type { ArticleEvent } from '../types';
import type { EntityIndex } from './entities';
import { EVENT_TYPES } from './eventTypes';
import { enclosingEntries, gazetteerEntry } from './gazetteer';
import type { StatementWithIds } from './statements';

/** Statements that report something as happening: affirmed, not intended, guessed or feared. */
function reportsAnEvent({ statement }: StatementWithIds): boolean {
  return statement.polarity === 'affirm' && (statement.modality === 'asserted' || statement.modality === 'reported');
}

interface Group {
  type: string;
  predicate: string;
  actor: string | null;
  date: string | null;
  items: StatementWithIds[];
}

/** Who acts in a statement, as an actor (a place is never one). */
function actorOf(item: StatementWithIds, index: EntityIndex): string | null {
  return item.subjectId && index.typeOf(item.subjectId) !== 'place' ? item.subjectId : null;
}

/**
 * One event is one type, one acting party and one date: Putin's visit to Minsk on 19 December
 * and Shoigu's trip on 3 December are two visits. A statement without a date or without an
 * actor joins a group it does not contradict (news copy dates and names an event once and
 * then says "the visit"); parties of the same country are one party when the statement
 * names only the country.
 */
export function extractEvents(statements: StatementWithIds[], index: EntityIndex): ArticleEvent[] {
  const groups: Group[] = [];
  const reporting = statements.filter(reportsAnEvent).filter((item) => EVENT_TYPES[item.statement.predicate ?? '']);
  // Dated statements first, so undated ones can join the dated event they refer to.
  const ordered = [...reporting].sort((a, b) => Number(!a.statement.date) - Number(!b.statement.date));
  for (const item of ordered) {
    const predicate = item.statement.predicate as string;
    const type = EVENT_TYPES[predicate]?.type as string;
    const actor = actorOf(item, index);
    const date = item.statement.date;
    const group = groups.find((g) => g.type === type && compatible(g.date, date) && sameParty(g.actor, actor));
    if (group) {
      group.items.push(item);
      group.actor ??= actor;
      group.date ??= date;
    } else {
      groups.push({ type, predicate, actor, date, items: [item] });
    }
  }
  const byPosition = (g: Group) => Math.min(...g.items.map((item) => Number(item.statement.id.slice(1))));
  return groups.sort((a, b) => byPosition(a) - byPosition(b)).map((g, i) => toEvent(g, index, `e${i + 1}`));
}

/** Unknown joins anyone; Putin and "Russia" are one party, Putin and Shoigu two. */
function sameParty(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  const countryOf = (id: string) => (id.startsWith('country:') ? id : null);
  const memberOf = (id: string) => { const c = gazetteerEntry(id)?.country; return c ? `country:${c}` : null; };
  return (countryOf(a) !== null && memberOf(b) === a) || (countryOf(b) !== null && memberOf(a) === b);
}

function compatible<T>(a: T | null, b: T | null): boolean {
  return a === null || b === null || a === b;
}

function toEvent(group: Group, index: EntityIndex, id: string): ArticleEvent {
  const actors = new Set<string>();
  for (const item of group.items) {
    for (const actor of [item.subjectId, item.targetId]) {
      if (actor && index.typeOf(actor) !== 'place') actors.add(actor);
    }
  }
  const places = group.items.flatMap((item) => item.placeIds);
  const cities = places.filter((p) => index.typeOf(p) === 'place');
  // "the liberation of Soledar in the Donetsk region": the town aimed at is where it happened,
  // when it lies within the places named around it (or none is named).
  const aimedAt = group.items.map((item) => item.targetId).filter((t): t is string => t !== null && index.typeOf(t) === 'place');
  const within = aimedAt.find((t) => cities.length === 0 || cities.some((c) => c !== t && enclosingEntries(t).some((e) => e.id === c)));
  return {
    id,
    type: group.type,
    cameo: EVENT_TYPES[group.predicate]?.cameo ?? '',
    actors: [...actors],
    place: within ?? mostCommon(cities) ?? mostCommon(places),
    date: group.date,
    statementIds: group.items.map((item) => item.statement.id).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))),
  };
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
