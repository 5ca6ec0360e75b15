import { outletName } from '../ui/format';
import type { DocMeta } from './docMeta';

/** The archive page's search: words and filters as the reader set them ('' is no filter). */
export interface SearchQuery {
  text: string;
  outlet: string;
  lang: string;
  /** YYYY-MM-DD bounds on the publication date, both inclusive. */
  from: string;
  to: string;
  person: string;
  place: string;
  origin: string;
  sort: 'newest' | 'oldest';
}

export const EMPTY_QUERY: SearchQuery = { text: '', outlet: '', lang: '', from: '', to: '', person: '', place: '', origin: '', sort: 'newest' };

const day = (iso: string | null) => iso?.slice(0, 10) ?? '';

/**
 * Newest publication first, then newest save; articles with no known date last (in either
 * order: a reader sorting oldest first wants the oldest dated report, not the undated).
 */
export function orderDocs(docs: Iterable<DocMeta>): DocMeta[] {
  return [...docs].sort((a, b) => {
    const byDay = day(b.publishedAt).localeCompare(day(a.publishedAt));
    return byDay || b.savedAt.localeCompare(a.savedAt) || b.id - a.id;
  });
}

const holds = (names: string[], wanted: string) => names.some((name) => name.toLowerCase().includes(wanted));

/** The ids the query selects from docs in newest-first order, in the order it asks for. */
export function filterDocs(newestFirst: DocMeta[], query: SearchQuery, hasWords: ((id: number) => boolean) | null): number[] {
  const outlet = query.outlet.trim().toLowerCase();
  const person = query.person.trim().toLowerCase();
  const place = query.place.trim().toLowerCase();
  const picked: DocMeta[] = [];
  for (const doc of newestFirst) {
    if (hasWords && !hasWords(doc.id)) continue;
    if (query.lang && (doc.lang ?? '') !== query.lang) continue;
    if (query.origin && doc.origin !== query.origin) continue;
    if (query.from && !(day(doc.publishedAt) >= query.from)) continue;
    if (query.to && !(doc.publishedAt && day(doc.publishedAt) <= query.to)) continue;
    if (outlet && !outletName(doc.siteName, doc.url).toLowerCase().includes(outlet)) continue;
    if (person && !holds(doc.people, person)) continue;
    if (place && !holds(doc.places, place)) continue;
    picked.push(doc);
  }
  if (query.sort === 'oldest') {
    const dated = picked.filter((doc) => doc.publishedAt).reverse();
    return [...dated, ...picked.filter((doc) => !doc.publishedAt)].map((doc) => doc.id);
  }
  return picked.map((doc) => doc.id);
}

/** The values present in the archive for a filter's suggestions, commonest first. */
export interface Facets {
  outlets: string[];
  langs: string[];
  origins: string[];
  people: string[];
  places: string[];
}

const MAX_SUGGESTIONS = 300;

export function facetsOf(docs: Iterable<DocMeta>): Facets {
  const counters = { outlets: new Map<string, number>(), langs: new Map<string, number>(), origins: new Map<string, number>(), people: new Map<string, number>(), places: new Map<string, number>() };
  const count = (map: Map<string, number>, value: string | null) => value && map.set(value, (map.get(value) ?? 0) + 1);
  for (const doc of docs) {
    count(counters.outlets, outletName(doc.siteName, doc.url));
    count(counters.langs, doc.lang);
    count(counters.origins, doc.origin);
    for (const name of doc.people) count(counters.people, name);
    for (const name of doc.places) count(counters.places, name);
  }
  const top = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_SUGGESTIONS).map(([value]) => value);
  return { outlets: top(counters.outlets), langs: top(counters.langs), origins: top(counters.origins), people: top(counters.people), places: top(counters.places) };
}
