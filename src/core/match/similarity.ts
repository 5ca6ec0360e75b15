import { gazetteerEntry, NEWS_AGENCY } from '../analyze';
import { enclosingEntries } from '../analyze/gazetteer';
import type { Analysis, Entity, EntityType } from '../types';
import { idf, type CorpusStats } from './corpusStats';
import { entityKey, termKey } from './indexKeys';
import { personKey } from './personKey';

// People and places say what a story is about; the three countries are in nearly every
// article the extension sees, so sharing them says little. A place says the most: a war's
// stories happen somewhere (a town, a bridge, a power plant), while the same leaders and
// spokesmen speak in every one of them.
const TYPE_WEIGHT: Record<EntityType, number> = { person: 1, place: 1.4, unit: 0.8, organization: 0.6, country: 0.35 };
const CORE_COUNTRY_WEIGHT = 0.15;
const NEWS_AGENCY_WEIGHT = 0.1;
const CORE_COUNTRIES = new Set(['country:RU', 'country:BY', 'country:UA']);

/**
 * The name an article repeats is what it is about: a daily address that names Mariupol twenty
 * times and Kharkiv six is about Mariupol. Mentions count by their square root: against a
 * logarithm, a name repeated through a long report weighs more (30 mentions: 5.5, not 4.4),
 * and a second or third mention in a short one less (2: 1.4, not 1.7), where repeats say
 * little; a name in every paragraph still does not drown the rest.
 */
export function entityWeight(entity: Entity, stats: CorpusStats): number {
  const typeWeight = CORE_COUNTRIES.has(entity.id)
    ? CORE_COUNTRY_WEIGHT
    : gazetteerEntry(entity.id)?.role === NEWS_AGENCY ? NEWS_AGENCY_WEIGHT : TYPE_WEIGHT[entity.type];
  return typeWeight * idf(stats, entityKey(entity.id)) * Math.sqrt(entity.mentions);
}

export type WeightVector = Map<string, number>;

/**
 * A place also stands, at half its weight, for the regions that enclose it (not the country):
 * reports of Bucha and of a curfew in Brovary are both about Kyiv Region after the Russian
 * withdrawal, reports of Soledar and of Bakhmut both about one front in Donetsk Region.
 */
const ENCLOSING_SHARE = 0.5;

export function entityVector(analysis: Analysis, stats: CorpusStats): WeightVector {
  const vector: WeightVector = new Map();
  const add = (key: string, weight: number) => vector.set(key, Math.max(vector.get(key) ?? 0, weight));
  for (const entity of analysis.entities) {
    const weight = entityWeight(entity, stats);
    add(personKey(entity.id), weight);
    if (entity.type !== 'place') continue;
    for (const region of enclosingEntries(entity.id)) {
      if (region.type === 'country') break;
      add(region.id, ENCLOSING_SHARE * weight);
    }
  }
  return vector;
}

/** Terms come ranked, without counts: the rank stands in for the term frequency. */
export function termVector(analysis: Analysis, stats: CorpusStats): WeightVector {
  const count = analysis.terms.length;
  return new Map(analysis.terms.map((term, rank) => [term, idf(stats, termKey(term)) * (1 - rank / (2 * count))]));
}

/**
 * Each vector's length, worked out once: ranking compares a candidate with the query and with
 * the query's closest reports (storyFeedback.ts), hundreds of comparisons a check. A vector is
 * not changed once built.
 */
const norms = new WeakMap<WeightVector, number>();

function norm(v: WeightVector): number {
  let known = norms.get(v);
  if (known === undefined) {
    let sum = 0;
    for (const w of v.values()) sum += w * w;
    known = Math.sqrt(sum);
    norms.set(v, known);
  }
  return known;
}

export function cosine(a: WeightVector, b: WeightVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, weight] of small) dot += weight * (large.get(key) ?? 0);
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}

/** Keys both vectors hold, heaviest first by the product of their weights. */
export function sharedKeys(a: WeightVector, b: WeightVector): string[] {
  return [...a.keys()]
    .filter((key) => b.has(key))
    .sort((x, y) => (b.get(y) as number) * (a.get(y) as number) - (b.get(x) as number) * (a.get(x) as number));
}

export function isCoreCountry(entityId: string): boolean {
  return CORE_COUNTRIES.has(entityId);
}
