import { describe, expect, test } from 'vitest';
import { BundleError, exportBundle, importBundle, parseBundle } from './bundle';
import { ingestArticle } from './ingest';
import { analyzedSeed, freshArchive } from './testing';

async function archiveOfAllSeeds() {
  const db = freshArchive();
  for (const n of [0, 1, 2, 3, 4]) {
    await ingestArticle(db, analyzedSeed(n), { origin: n === 2 ? 'feed' : 'saved' });
  }
  return db;
}

function withoutExportTime<T extends { exportedAt: string }>(bundle: T) {
  return { ...bundle, exportedAt: '' };
}

describe('archive bundle', () => {
  test('export then import into a fresh archive round-trips every article', async () => {
    const source = await archiveOfAllSeeds();
    const exported = await exportBundle(source);
    expect(exported.format).toBe('backstory-archive');
    expect(exported.articles).toHaveLength(5);
    expect(exported.articles[1]?.statements.length).toBeGreaterThan(0);

    const target = freshArchive();
    const summary = await importBundle(target, parseBundle(JSON.stringify(exported)));
    expect(summary).toEqual({ added: 5, duplicates: 0, reanalysed: 0 });
    expect(withoutExportTime(await exportBundle(target))).toEqual(withoutExportTime(exported));
    // The key counts, not '#generation' (how many writes changed them: a batch is one write).
    const counts = async (db: typeof target) => (await db.keyStats.toArray()).filter((row) => row.key !== '#generation');
    expect(await counts(target)).toEqual(await counts(source));
  });

  test('importing a bundle twice adds nothing the second time', async () => {
    const db = await archiveOfAllSeeds();
    const summary = await importBundle(db, await exportBundle(db));
    expect(summary).toEqual({ added: 0, duplicates: 5, reanalysed: 0 });
  });

  test('an article from another analyzer version is analysed again from its text', async () => {
    const exported = await exportBundle(await archiveOfAllSeeds());
    const old = exported.articles[3]!;
    const json = JSON.stringify({
      ...exported,
      articles: [{ ...old, analyzerVersion: 'an-old-analyzer', statements: 'old layout', analysis: null }],
    });
    const db = freshArchive();
    expect(await importBundle(db, parseBundle(json))).toEqual({ added: 1, duplicates: 0, reanalysed: 1 });
    const [restored] = (await exportBundle(db)).articles;
    expect(restored?.statements).toEqual(old.statements);
    expect(restored?.analysis).toEqual(old.analysis);
    expect(restored?.analyzerVersion).toBe(old.analyzerVersion);
  });

  test('an import that fails part-way adds none of its articles', async () => {
    const exported = await exportBundle(await archiveOfAllSeeds());
    const last = exported.articles[4]!;
    // A value IndexedDB cannot store fails the write of the last article, after four were added.
    const unstorable = { ...last, statements: [{ ...last.statements[0]!, text: (() => '') as unknown as string }] };
    const db = freshArchive();
    await expect(importBundle(db, { ...exported, articles: [...exported.articles.slice(0, 4), unstorable] })).rejects.toThrow();
    expect(await db.articles.count()).toBe(0);
    expect(await db.keyStats.count()).toBe(0);
  });

  describe('a broken file gives a clear error and leaves the archive as it was', () => {
    const cases: [string, (valid: Record<string, unknown>) => string, RegExp][] = [
      ['bad JSON', (valid) => JSON.stringify(valid).slice(0, -20), /not valid JSON/],
      ['another format', (valid) => JSON.stringify({ ...valid, format: 'zotero' }), /not a Backstory archive/],
      ['a newer version', (valid) => JSON.stringify({ ...valid, version: 99 }), /newer Backstory.*version 99/],
      [
        'an article without a title',
        (valid) => JSON.stringify(withArticle(valid, 1, { title: undefined })),
        /articles\[1\]: "title" must be a string/,
      ],
      [
        'a statement with an unknown polarity',
        (valid) => JSON.stringify(withStatement(valid, 2, { polarity: 'maybe' })),
        /articles\[2\], statements\[0\]: "polarity" must be one of affirm, deny/,
      ],
      ['articles that are not a list', (valid) => JSON.stringify({ ...valid, articles: {} }), /"articles" must be a list/],
    ];

    test.each(cases)('%s', async (_name, breakIt, message) => {
      const db = await archiveOfAllSeeds();
      const before = withoutExportTime(await exportBundle(db));
      const valid = JSON.parse(JSON.stringify(before)) as Record<string, unknown>;
      const attempt = async () => importBundle(db, parseBundle(breakIt(valid)));
      await expect(attempt()).rejects.toThrow(BundleError);
      await expect(attempt()).rejects.toThrow(message);
      expect(withoutExportTime(await exportBundle(db))).toEqual(before);
    });
  });
});

function withArticle(valid: Record<string, unknown>, index: number, changes: Record<string, unknown>) {
  const articles = [...(valid.articles as Record<string, unknown>[])];
  articles[index] = { ...articles[index], ...changes };
  return { ...valid, articles };
}

function withStatement(valid: Record<string, unknown>, index: number, changes: Record<string, unknown>) {
  const article = (valid.articles as Record<string, unknown>[])[index]!;
  const [first, ...rest] = article.statements as Record<string, unknown>[];
  return withArticle(valid, index, { statements: [{ ...first, ...changes }, ...rest] });
}
