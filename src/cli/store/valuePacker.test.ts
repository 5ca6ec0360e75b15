import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { afterAll, describe, expect, test } from 'vitest';
import { checkArticle, ingestArticle, ingestArticles } from '../../archive';
import { analyzedSeed, freshArchive, storedEvents, storedStatements } from '../../archive/testing';
import type { AnalyzedArticle } from '../../core/types';
import { openArchiveStore } from './archiveStore';

const workDir = mkdtempSync(join(tmpdir(), 'backstory-packer-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Copy `n` of a seed report: its own address and a line of its own, so none is a duplicate. */
const copy = (seed: AnalyzedArticle, n: number): AnalyzedArticle => ({
  ...seed,
  article: { ...seed.article, url: `${seed.article.url}?copy=${n}`, text: `${seed.article.text}\n\n(copy ${n})` },
});

describe('record values packed against a dictionary of their table', () => {
  test('an archive written before and after the dictionary reads back whole, and its match features take less room', async () => {
    const path = join(workDir, 'packed.sqlite');
    const seeds = [0, 1, 2, 3].map((n) => analyzedSeed(n));
    const memory = freshArchive('packed-in-memory');
    // A few articles first (no dictionary yet: the values keep their old form), then enough for one.
    const first = await openArchiveStore(path, { write: true });
    for (const seed of seeds) await ingestArticle(first.db, seed, { origin: 'imported', savedAt: '2026-01-01T00:00:00.000Z' });
    first.commit();
    first.close();
    const second = await openArchiveStore(path, { write: true });
    const more = Array.from({ length: 80 }, (_, i) => ({ analyzed: copy(seeds[i % 4]!, i), origin: 'imported' as const, savedAt: '2026-01-01T00:00:00.000Z' }));
    await ingestArticles(second.db, more);
    second.commit();
    second.close();
    for (const seed of seeds) await ingestArticle(memory, seed, { origin: 'imported', savedAt: '2026-01-01T00:00:00.000Z' });
    await ingestArticles(memory, more);

    const reader = await openArchiveStore(path, { write: false });
    expect(await reader.db.articles.toArray()).toEqual(await memory.articles.toArray());
    expect(await storedStatements(reader.db)).toEqual(await storedStatements(memory));
    expect(await storedEvents(reader.db)).toEqual(await storedEvents(memory));
    const query = analyzedSeed(4, 'https://example.test/putin-in-minsk');
    expect(await checkArticle(reader.db, query)).toEqual(await checkArticle(memory, query));

    // Statements live in their articles' rows since archive version 6; the features rows are the
    // table of many small alike values now.
    const features = await memory.features.toArray();
    expect(features.length).toBe(84);
    const plain = features.reduce((sum, row) => sum + serialize(row).length, 0);
    const stored = reader.sqlite.prepare(
      "SELECT sum(length(value)) AS n FROM records WHERE space = (SELECT id FROM spaces WHERE store = 'features' AND idx = '')",
    ).get() as { n: number };
    // Each row repeats its field names, entity ids and names: shared, they shrink by half at least.
    expect(stored.n).toBeLessThan(plain / 2);
    const format = reader.sqlite.prepare("SELECT value FROM meta WHERE name = 'formatVersion'").get() as { value: string };
    expect(format.value).toBe('2');
    reader.close();
    memory.close();
  });
});
