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
 * Each vector packed once for comparing: its keys as numbers in ascending order (`ids`) with
 * their weights, each key's place in the vector's own order (`order`), and its length. Ranking
 * compares a candidate with the query and with the query's closest reports (storyFeedback.ts),
 * thousands of comparisons a check: two sorted lists of numbers meet in one pass, where looking
 * each key of one vector up in the other's map was most of a check's ranking. A vector is not
 * changed once built. Null for a vector with a weight that is not finite: compared key by key.
 */
interface Packed { ids: Int32Array; weights: Float64Array; order: Int32Array; norm: number; table: number }
const packed = new WeakMap<WeightVector, Packed | null>();

/** Numbers for keys, shared by every vector; started again past MAX_KEY_IDS (vectors then pack again). */
let keyIds = new Map<string, number>();
let keyTable = 0;
const MAX_KEY_IDS = 1_000_000;

function packedOf(v: WeightVector): Packed | null {
  const known = packed.get(v);
  if (known !== undefined && (known === null || known.table === keyTable)) return known;
  if (keyIds.size + v.size > MAX_KEY_IDS) {
    keyIds = new Map();
    keyTable++;
  }
  // Each key's number and place in one sortable number (number * size + place): a typed
  // array sorts numbers natively, without a comparison function.
  const size = v.size;
  const keyed = new Float64Array(size);
  const inOrder = new Float64Array(size);
  let sum = 0;
  let place = 0;
  for (const [key, weight] of v) {
    if (!Number.isFinite(weight)) {
      packed.set(v, null);
      return null;
    }
    sum += weight * weight;
    let id = keyIds.get(key);
    if (id === undefined) keyIds.set(key, (id = keyIds.size));
    keyed[place] = id * size + place;
    inOrder[place++] = weight;
  }
  keyed.sort();
  const made: Packed = { ids: new Int32Array(size), weights: new Float64Array(size), order: new Int32Array(size), norm: Math.sqrt(sum), table: keyTable };
  for (let k = 0; k < size; k++) {
    const at = keyed[k]! % size;
    made.ids[k] = (keyed[k]! - at) / size;
    made.order[k] = at;
    made.weights[k] = inOrder[at]!;
  }
  packed.set(v, made);
  return made;
}

function norm(v: WeightVector): number {
  let sum = 0;
  for (const w of v.values()) sum += w * w;
  return Math.sqrt(sum);
}

/** The shared keys' products of one comparison, by their place in the smaller vector (reused). */
let products = new Float64Array(64);
let places = new Int32Array(64);

export function cosine(a: WeightVector, b: WeightVector): number {
  const pa = packedOf(a);
  const pb = packedOf(b);
  if (!pa || !pb) return cosineByKey(a, b);
  const denominator = pa.norm * pb.norm;
  if (denominator === 0) return 0;
  // The sum runs over the smaller vector's keys in its own order, as looking each up in the
  // other would: the same additions in the same order give the same number (a key the other
  // lacks adds nothing).
  const [small, large] = a.size <= b.size ? [pa, pb] : [pb, pa];
  if (products.length < small.ids.length) {
    products = new Float64Array(small.ids.length);
    places = new Int32Array(small.ids.length);
  }
  let shared = 0;
  for (let i = 0, j = 0; i < small.ids.length && j < large.ids.length;) {
    const x = small.ids[i]!;
    const y = large.ids[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      // Kept in the smaller vector's order as they come (insertion sort: a few shared keys).
      const place = small.order[i]!;
      const product = small.weights[i]! * large.weights[j]!;
      let k = shared++;
      for (; k > 0 && places[k - 1]! > place; k--) {
        places[k] = places[k - 1]!;
        products[k] = products[k - 1]!;
      }
      places[k] = place;
      products[k] = product;
      i++;
      j++;
    }
  }
  let dot = 0;
  for (let k = 0; k < shared; k++) dot += products[k]!;
  return dot / denominator;
}

/** The cosine key by key, for vectors with a weight that is not finite. */
function cosineByKey(a: WeightVector, b: WeightVector): number {
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
