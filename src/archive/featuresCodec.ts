import type { MatchDigest } from '../core/match';
import { entityKey, termKey } from '../core/match/indexKeys';
import type { Entity } from '../core/types';
import type { MatchFeatures } from './matchFeatures';

/**
 * How a `features` row is stored since version 7: its entities, terms, digest and keys as one
 * array without field names (`p`), where an object per entity and per concept repeated every
 * field name, and each key naming an entity or a term stored that string again. Nothing is
 * rounded or dropped: `decodeFeatures(encodeFeatures(f))` equals `f`, so a check finds what it
 * found. The fields the `keyDays` index and readers of metadata use stay as they were.
 */
type Packed = [entities: (string | number)[], terms: string[], keys: (string | number)[], digest: PackedDigest | null];
type PackedDigest = [version: number, concepts: (string | number)[], leadEvents: MatchDigest['leadEvents']];
export type StoredFeatures = Omit<MatchFeatures, 'entities' | 'terms' | 'digest' | 'keys'> & { p: Packed };

export function encodeFeatures(f: MatchFeatures): StoredFeatures | MatchFeatures {
  const { entities, terms, digest, keys, ...rest } = f;
  // Only the shapes known here are packed; anything else is stored as it is, so nothing is lost.
  if (!entities.every((e) => Object.keys(e).length === 4) || (digest && Object.keys(digest).length !== 3)) return f;
  const flat: (string | number)[] = [];
  for (const e of entities) flat.push(e.id, e.name, e.type, e.mentions);
  // A key naming an entity is its index there (>= 0), one naming a term its index there as ~j (< 0).
  const entityAt = new Map<string, number>();
  entities.forEach((e, i) => { if (!entityAt.has(entityKey(e.id))) entityAt.set(entityKey(e.id), i); });
  const termAt = new Map<string, number>();
  terms.forEach((t, j) => { if (!termAt.has(termKey(t))) termAt.set(termKey(t), j); });
  const packedKeys = keys.map((key) => entityAt.get(key) ?? (termAt.has(key) ? ~termAt.get(key)! : key));
  const packedDigest: PackedDigest | null = digest
    ? [digest.version, digest.concepts.flat(), digest.leadEvents]
    : null;
  return { ...rest, p: [flat, terms, packedKeys, packedDigest] };
}

/** A stored row as MatchFeatures; a row written before version 7 (no `p`) is returned as it is. */
export function decodeFeatures(row: StoredFeatures | MatchFeatures): MatchFeatures {
  if (!('p' in row)) return row;
  const { p: [flat, terms, packedKeys, packedDigest], ...rest } = row;
  const entities: Entity[] = [];
  for (let i = 0; i < flat.length; i += 4) {
    entities.push({ id: flat[i] as string, name: flat[i + 1] as string, type: flat[i + 2] as Entity['type'], mentions: flat[i + 3] as number });
  }
  const keys = packedKeys.map((key) => (typeof key === 'string' ? key : key >= 0 ? entityKey(entities[key]!.id) : termKey(terms[~key]!)));
  let digest: MatchDigest | null = null;
  if (packedDigest) {
    const [version, concepts, leadEvents] = packedDigest;
    const pairs: Array<[string, number]> = [];
    for (let i = 0; i < concepts.length; i += 2) pairs.push([concepts[i] as string, concepts[i + 1] as number]);
    digest = { version, concepts: pairs, leadEvents };
  }
  const { id, url, title, siteName, publishedAt, lang, keyDays, ...other } = rest;
  return { id, url, title, siteName, publishedAt, lang, entities, terms, digest, keys, keyDays, ...other };
}
