import type { Entity, EntityType } from '../types';
import { gazetteerEntry } from './gazetteer';
import { findGazetteerMentions, type Mention } from './mentions';
import { discoveredNames, discoverPersonMentions } from './personNames';

/** The entities of one article with every place they are named. */
export interface EntityIndex {
  entities: Entity[];
  /** Sorted by position. */
  mentions: Mention[];
  nameOf(entityId: string): string;
  typeOf(entityId: string): EntityType;
}

export function findEntities(text: string, publishedAt: string | null): EntityIndex {
  const known = findGazetteerMentions(text, publishedAt);
  const discovered = discoverPersonMentions(text, known);
  const mentions = [...known, ...discovered].sort((a, b) => a.start - b.start);
  const discoveredNameById = discoveredNames(text, discovered);
  const nameOf = (id: string) => gazetteerEntry(id)?.name ?? discoveredNameById.get(id) ?? id;
  const typeOf = (id: string): EntityType => gazetteerEntry(id)?.type ?? 'person';

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
