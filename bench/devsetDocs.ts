// The development set as the benches read it: each labelled article with its split and its
// materialised text (devset/README.md). Articles whose text is not materialised are left out
// and counted, so a bench can say in one line what it could not measure and run the rest.
// BACKSTORY_DEVSET points at another set laid out like devset/ (a test of the bench itself).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEVSET_DIR, loadDevSet, type DevSet } from '../devset/load';
import { canonicalUrl } from '../src/archive/canonicalUrl';
import type { DevArticle, Split } from '../devset/types';

export interface DevDoc extends DevArticle {
  split: Split;
  /** "title\n\ntext", as `npm run devset` wrote it. */
  raw: string;
}

export interface DevCorpus {
  set: DevSet;
  docs: DevDoc[];
  /** Labelled articles whose text is not materialised. */
  missing: number;
}

export const DEVSET_ROOT = process.env.BACKSTORY_DEVSET ? path.resolve(process.env.BACKSTORY_DEVSET) : DEVSET_DIR;

/** The set with every materialised text, or null and the reason when there is nothing to read. */
export function loadDevCorpus(): { corpus: DevCorpus | null; note: string } {
  let set: DevSet;
  try {
    set = loadDevSet(DEVSET_ROOT);
  } catch (error) {
    return { corpus: null, note: `development set unreadable (${(error as Error).message.split('\n')[0]}): its part is skipped` };
  }
  const docs: DevDoc[] = [];
  for (const article of set.articles) {
    const file = path.join(DEVSET_ROOT, 'texts', `${article.id}.txt`);
    const split = set.stories.get(article.story)?.split;
    if (!split || !existsSync(file)) continue;
    docs.push({ ...article, split, raw: readFileSync(file, 'utf8') });
  }
  const missing = set.articles.length - docs.length;
  const how = 'run `npm run devset` first; it needs the source repositories mirrored, see devset/README.md';
  if (set.articles.length === 0) return { corpus: null, note: 'development set: no labelled articles yet, its part is skipped' };
  if (docs.length === 0) return { corpus: null, note: `development set: none of its ${set.articles.length} texts is materialised (${how}); its part is skipped` };
  const note = missing ? `development set: ${docs.length} of ${set.articles.length} texts materialised, the rest left out (${how})` : `development set: ${docs.length} texts`;
  return { corpus: { set, docs, missing }, note };
}

/** Chronological order, ties by id: the order a reader would have saved them in. */
export function byDate<T extends { id: string; publishedAt: string }>(docs: T[]): T[] {
  return [...docs].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.id.localeCompare(b.id));
}

const LANG_ORDER = ['en', 'ru', 'uk', 'be', 'bg', 'pl'];

/** The languages first, in its order, then any other alphabetically. */
export const langOrder = (a: string, b: string) => (LANG_ORDER.indexOf(a) + 1 || 99) - (LANG_ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b);

/**
 * The address each article is checked and saved under. Provenance addresses point into a
 * source file ("…/news.json#message-15"); the archive drops the fragment, as it must for a
 * page's own anchors, and would refuse every article after the first as a copy. Those get the
 * fragment (or their id) as a query, so each stays an article of its own.
 */
export function distinctAddresses(docs: Array<{ id: string; url: string }>): { urls: Map<string, string>; shared: number } {
  const count = new Map<string, number>();
  for (const doc of docs) count.set(canonicalUrl(doc.url), (count.get(canonicalUrl(doc.url)) ?? 0) + 1);
  const urls = new Map<string, string>();
  let shared = 0;
  for (const doc of docs) {
    if (count.get(canonicalUrl(doc.url))! < 2) {
      urls.set(doc.id, doc.url);
      continue;
    }
    shared++;
    const [base = doc.url, fragment] = doc.url.split('#');
    urls.set(doc.id, `${base}${base.includes('?') ? '&' : '?'}item=${encodeURIComponent(fragment || doc.id)}`);
  }
  return { urls, shared };
}
