// Test helper: the seed texts in shared/seeds as ExtractedArticle objects, read by the
// plain-text extractor, dated from index.json. Tests only: it reads files with Node.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { articleFromPlainText } from '../../extract';
import type { ExtractedArticle } from '../../types';

export const SEEDS_DIR = path.resolve(__dirname, '../../../../../shared/seeds');

interface SeedIndexEntry {
  file: string;
  publishedAt: string;
  lang: string;
  outlet: string;
}

export function seedIndex(): SeedIndexEntry[] {
  return JSON.parse(readFileSync(path.join(SEEDS_DIR, 'index.json'), 'utf8'));
}

/** A plain-text article read as the command line reads .txt files (extraction's cleanup included). */
export function articleFromText(raw: string, meta: { url: string; publishedAt: string | null; siteName?: string }): ExtractedArticle {
  const article = articleFromPlainText(raw, { url: meta.url, publishedAt: meta.publishedAt });
  return { ...article, siteName: meta.siteName ?? article.siteName };
}

/** The seed whose file name starts with `prefix` ("003"). */
export function seedArticle(prefix: string): ExtractedArticle {
  const entry = seedIndex().find((e) => e.file.startsWith(prefix));
  if (!entry) throw new Error(`no seed ${prefix}`);
  const raw = readFileSync(path.join(SEEDS_DIR, entry.file), 'utf8');
  return articleFromText(raw, { url: `https://seeds.test/${entry.file}`, publishedAt: entry.publishedAt, siteName: entry.outlet });
}
