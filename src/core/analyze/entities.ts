import type { Entity, EntityType } from '../types';
import { gazetteerEntry } from './gazetteer';
import { findGazetteerMentions, type Mention } from './mentions';
import { discoverOrganizationMentions } from './organizationNames';
import { discoverPlaceMentions } from './placeNames';
import { discoveredNames, discoverPersonMentions } from './personNames';

/** The entities of one article with every place they are named. */
export interface EntityIndex {
  entities: Entity[];
  /** Sorted by position. */
  mentions: Mention[];
  nameOf(entityId: string): string;
  typeOf(entityId: string): EntityType;
}

/**
 * Gazetteer mentions, then settlements, institutions and people it does not know ("Centre for Eastern
 * Studies said" is not a person). A discovered institution
 * takes the country adjective inside its name ("Belarusian Investigative Committee").
 */
function allMentions(text: string, publishedAt: string | null) {
  const gazetteer = findGazetteerMentions(text, publishedAt);
  const places = discoverPlaceMentions(text, gazetteer);
  const known = places.length ? [...gazetteer, ...places] : gazetteer;
  const organizations = discoverOrganizationMentions(text, known);
  const people = discoverPersonMentions(text, [...known, ...organizations]);
  const inside = (m: Mention) => organizations.some((o) => m.start >= o.start && m.end <= o.end);
  const mentions = [...known.filter((m) => !inside(m)), ...people, ...organizations].sort((a, b) => a.start - b.start);
  return { mentions, people, organizations, places };
}

export function findEntities(text: string, publishedAt: string | null): EntityIndex {
  const { mentions, people, organizations, places } = allMentions(text, publishedAt);
  const discoveredNameById = discoveredNames(text, people);
  for (const o of organizations) discoveredNameById.set(o.entityId, o.name);
  // A settlement is named as the sentence that introduced it names it ("the village of Blahodatne").
  for (const p of places) if (!discoveredNameById.has(p.entityId)) discoveredNameById.set(p.entityId, p.name);
  const organizationIds = new Set(organizations.map((o) => o.entityId));
  const nameOf = (id: string) => gazetteerEntry(id)?.name ?? discoveredNameById.get(id) ?? id;
  const typeOf = (id: string): EntityType =>
    gazetteerEntry(id)?.type ?? (organizationIds.has(id) ? 'organization' : id.startsWith('place:~') ? 'place' : 'person');

  const counts = new Map<string, { mentions: number; first: number }>();
  for (const m of mentions) {
    const count = counts.get(m.entityId) ?? { mentions: 0, first: m.start };
    count.mentions += 1;
    counts.set(m.entityId, count);
  }
  const entities = [...counts.entries()]
    .sort(([, a], [, b]) => b.mentions - a.mentions || a.first - b.first)
    .map(([id, { mentions: n }]) => ({ id, name: nameOf(id), type: typeOf(id), mentions: n }));
  return { entities, mentions, nameOf, typeOf };
}

/** Mentions that lie inside [start, end). */
export function mentionsWithin(index: EntityIndex, start: number, end: number): Mention[] {
  return index.mentions.filter((m) => m.start >= start && m.end <= end);
}
