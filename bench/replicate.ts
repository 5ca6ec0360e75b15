// Archives larger than the development set, made from its real texts by replication: each copy
// gets its own address, a publication date moved by whole weeks (so copies spread over years, as
// a reader's archive does) and a line that makes its text its own. Replication repeats the same
// words and names, which makes keys commoner than in a real archive of that size: a harder case.
import type { AnalyzedArticle } from '../src/core/types';

const DAY_MS = 86_400_000;

/** Copy number `copy` of an analysed article (copy 0 differs from the source only by its address). */
export function copyOf(source: AnalyzedArticle, copy: number): AnalyzedArticle {
  const shift = (iso: string | null) => (iso ? new Date(Date.parse(iso) - copy * 7 * DAY_MS).toISOString().slice(0, 10) : iso);
  return {
    ...source,
    article: {
      ...source.article,
      url: `${source.article.url}?copy=${copy}`,
      publishedAt: shift(source.article.publishedAt),
      // The source's address too: a headline-only source has no text, and its copies must not
      // all hash alike with every other headline's (they were stored as duplicates: 8,206 of 10,000).
      text: `${source.article.text}\n\n(copy ${copy} of ${source.article.url})`,
    },
  };
}

/** The i-th article of an archive replicated from `sources`. */
export const replicaAt = (sources: AnalyzedArticle[], i: number) => copyOf(sources[i % sources.length]!, Math.floor(i / sources.length));
