// Test support: the seed articles analysed as the command line would, and a fresh archive on
// its own fake IndexedDB so tests never share rows.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { analyzeText } from '../core/pipeline';
import type { AnalyzedArticle } from '../core/types';
import { ArchiveDB } from './db';

export const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

interface SeedIndexEntry {
  file: string;
  publishedAt: string;
}

const seedIndex: SeedIndexEntry[] = JSON.parse(readFileSync(`${SEEDS_DIR}index.json`, 'utf8'));

/** Seed number `n` (0-4) analysed, at its file URL unless another `url` is given. */
export function analyzedSeed(n: number, url?: string): AnalyzedArticle {
  const entry = seedIndex[n];
  if (!entry) throw new Error(`no seed ${n}`);
  const path = `${SEEDS_DIR}${entry.file}`;
  return analyzeText(readFileSync(path, 'utf8'), {
    url: url ?? pathToFileURL(path).href,
    publishedAt: entry.publishedAt,
  });
}

export function seedFileName(n: number): string {
  return seedIndex[n]?.file ?? '';
}

export function freshArchive(name = 'test-archive', factory = new IDBFactory()): ArchiveDB {
  return new ArchiveDB(name, { indexedDB: factory, IDBKeyRange });
}
