// The plain baseline for related reports: MiniSearch's BM25+ over title and text with its
// defaults (Unicode word tokens, lower case, no stemming, no stop words), queried with every
// distinct word of the article's title and text. Fed in the same order as Backstory's archive,
// each query searching the articles before it, so both rank the very same candidates.
import MiniSearch from 'minisearch';
import { articleFromPlainText } from '../src/core/extract';
import type { RunDoc } from './backstoryRun';
import type { RankedQuery } from './relatedScore';
import { TOP } from './relatedScore';

interface Indexed { id: string; title: string; text: string }

const distinctWords = (text: string) => [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].join(' ');

/** Top five earlier articles for each doc, in the given order. */
export function runBaseline(docs: RunDoc[]): RankedQuery[] {
  const index = new MiniSearch<Indexed>({ fields: ['title', 'text'] });
  const ranked: RankedQuery[] = [];
  for (const doc of docs) {
    // The same cleaned title and text Backstory reads, so the two differ only in how they match.
    const { title, text } = articleFromPlainText(doc.raw, { url: doc.url, publishedAt: doc.publishedAt });
    const hits = index.documentCount ? index.search(distinctWords(`${title} ${text}`)) : [];
    ranked.push({ id: doc.id, related: hits.slice(0, TOP).map((hit) => ({ id: hit.id as string })) });
    index.add({ id: doc.id, title, text });
  }
  return ranked;
}
