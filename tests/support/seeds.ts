import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The seed articles in ../shared/seeds (beside the repository, as in CI), read at run time and
 * never copied: the one place tests, benchmarks and the demo find them.
 */
export const SEEDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');

export interface SeedEntry {
  file: string;
  outlet: string;
  publishedAt: string;
  lang: string;
}

export interface GoldQuote {
  speaker: string | null;
  quote: string;
}

export interface GoldSide extends GoldQuote {
  /** The seed file the quote is in. */
  page: string;
}

export interface Gold {
  contradictions: Array<{ kind: string; a: GoldSide; b: GoldSide }>;
  insideOneArticle: Array<{ kind: string; page: string; a: GoldQuote; b: GoldQuote }>;
}

/** index.json: each seed's file, outlet, publication date and language. */
export function seedIndex(): SeedEntry[] {
  return JSON.parse(readFileSync(path.join(SEEDS_DIR, 'index.json'), 'utf8')) as SeedEntry[];
}

/** The seed whose file name starts with `prefix` ("003"). */
export function seedEntry(prefix: string): SeedEntry {
  const entry = seedIndex().find((candidate) => candidate.file.startsWith(prefix));
  if (!entry) throw new Error(`no seed ${prefix} in ${SEEDS_DIR}`);
  return entry;
}

/** A seed's text exactly as it was handed over, noise included. */
export function seedRaw(file: string): string {
  return readFileSync(path.join(SEEDS_DIR, file), 'utf8');
}

/** gold.json: what must be found among the seeds. */
export function seedGold(): Gold {
  return JSON.parse(readFileSync(path.join(SEEDS_DIR, 'gold.json'), 'utf8')) as Gold;
}
