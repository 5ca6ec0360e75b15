import type { ArticleRecord } from '../archive/records';
import { searchWordsOf } from '../archive/searchWords';
import { normalizeText, textWords } from './textIndex';

/**
 * What the archive page lists and filters an article by, kept beside the index so that a
 * search, its filters, its order and the list it shows read no article from the archive.
 */
export interface DocMeta {
  id: number;
  savedAt: string;
  url: string;
  title: string;
  siteName: string | null;
  publishedAt: string | null;
  lang: string | null;
  origin: string;
  /** Names of the people and places (countries included) the analysis found, most mentioned first. */
  people: string[];
  places: string[];
}

/** People and places kept per article: enough for a filter, small enough for 10,000 in memory. */
const MAX_NAMES = 12;

export function docMetaOf(record: ArticleRecord): DocMeta {
  const entities = [...(record.analysis?.entities ?? [])].sort((a, b) => b.mentions - a.mentions);
  const names = (types: string[]) => entities.filter((entity) => types.includes(entity.type)).slice(0, MAX_NAMES).map((entity) => entity.name);
  return {
    id: record.id,
    savedAt: record.savedAt,
    url: record.url,
    title: record.title,
    siteName: record.siteName ?? null,
    publishedAt: record.publishedAt ?? null,
    lang: record.lang ?? null,
    origin: record.origin,
    people: names(['person']),
    places: names(['place', 'country']),
  };
}

/** The words a search finds the article by: its title's, outlet's, address's and text's. */
export function docWordsOf(record: ArticleRecord): string[] {
  return [...new Set([...searchWordsOf(record).map(normalizeText), ...textWords(`${record.title}\n${record.byline ?? ''}\n${record.text}`)])];
}
