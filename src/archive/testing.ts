// Test support: the seed articles analysed as the command line would, and a fresh archive on
// its own fake IndexedDB so tests never share rows.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SEEDS_DIR, seedIndex as readSeedIndex, seedRaw } from '../../tests/support/seeds';
import { analyzeText } from '../core/pipeline';
import type { AnalyzedArticle } from '../core/types';
import { ArchiveDB } from './db';

const seedIndex = readSeedIndex();

/** Seed number `n` (0-4) analysed, at its file URL unless another `url` is given. */
export function analyzedSeed(n: number, url?: string): AnalyzedArticle {
  const entry = seedIndex[n];
  if (!entry) throw new Error(`no seed ${n}`);
  return analyzeText(seedRaw(entry.file), {
    url: url ?? pathToFileURL(path.join(SEEDS_DIR, entry.file)).href,
    publishedAt: entry.publishedAt,
  });
}

export function seedFileName(n: number): string {
  return seedIndex[n]?.file ?? '';
}

export function freshArchive(name = 'test-archive', factory = new IDBFactory()): ArchiveDB {
  return new ArchiveDB(name, { indexedDB: factory, IDBKeyRange });
}
