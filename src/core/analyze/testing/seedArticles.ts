// Test helper: the seed texts in shared/seeds as ExtractedArticle objects, read by the
// plain-text extractor, dated from index.json. Tests only: it reads files with Node.
import { seedEntry, seedRaw } from '../../../../tests/support/seeds';
import { articleFromPlainText } from '../../extract';
import type { ExtractedArticle } from '../../types';

export { seedIndex } from '../../../../tests/support/seeds';

/** A plain-text article read as the command line reads .txt files (extraction's cleanup included). */
export function articleFromText(raw: string, meta: { url: string; publishedAt: string | null; siteName?: string }): ExtractedArticle {
  const article = articleFromPlainText(raw, { url: meta.url, publishedAt: meta.publishedAt });
  return { ...article, siteName: meta.siteName ?? article.siteName };
}

/** The seed whose file name starts with `prefix` ("003"). */
export function seedArticle(prefix: string): ExtractedArticle {
  const entry = seedEntry(prefix);
  return articleFromText(seedRaw(entry.file), { url: `https://seeds.test/${entry.file}`, publishedAt: entry.publishedAt, siteName: entry.outlet });
}
