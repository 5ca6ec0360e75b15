import { describe, expect, test } from 'vitest';
import { BundleError, exportBundle } from './bundle';
import { exportBundlePieces } from './bundleExport';
import { importBundleStream, ImportStopped } from './bundleImport';
import { ingestArticle } from './ingest';
import { analyzedSeed, freshArchive } from './testing';

// Issue 12, item 1: export and import travelled as one string in one message, and Chrome caps a
// message at 64 MiB, so an archive of 28,000 articles could be neither backed up nor restored.

async function archiveOfAllSeeds() {
  const db = freshArchive();
  for (const n of [0, 1, 2, 3, 4]) await ingestArticle(db, analyzedSeed(n), { origin: 'saved' });
  return db;
}

async function collect(pieces: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const piece of pieces) all.push(piece);
  return all;
}

/** A file read as a browser's stream hands it over: in small pieces that cut anywhere. */
function inPieces(text: string, size: number): () => AsyncIterable<string> {
  return async function* () {
    for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
  };
}

/** The ImportStopped an import ends with (the test fails if it ends any other way). */
async function stoppedBy(attempt: Promise<unknown>): Promise<ImportStopped> {
  const outcome = await attempt.catch((error: unknown) => error);
  expect(outcome).toBeInstanceOf(ImportStopped);
  return outcome as ImportStopped;
}

const withoutTime = <T extends { exportedAt: string }>(bundle: T) => ({ ...bundle, exportedAt: '' });

describe('export in pieces', () => {
  test('writes the same bundle as the one-piece export, a batch of articles per piece', async () => {
    const db = await archiveOfAllSeeds();
    const pieces = await collect(exportBundlePieces(db, { batchSize: 2 }));
    // Header, three batches (2 + 2 + 1), closing bracket: no piece holds the whole archive.
    expect(pieces).toHaveLength(5);
    expect(withoutTime(JSON.parse(pieces.join('')))).toEqual(withoutTime(await exportBundle(db)));
  });

  test('says how far it has gone and stops when asked', async () => {
    const db = await archiveOfAllSeeds();
    const seen: [number, number][] = [];
    const stop = new AbortController();
    const run = collect(exportBundlePieces(db, {
      batchSize: 2,
      signal: stop.signal,
      onProgress: (done, total) => {
        seen.push([done, total]);
        if (done >= 2) stop.abort();
      },
    }));
    await expect(run).rejects.toThrow(/stopped/i);
    expect(seen).toEqual([[0, 5], [2, 5]]);
  });
});

describe('import from a stream, in batches', () => {
  test('a bundle cut into 1,000-character pieces imports whole, with progress counts', async () => {
    const source = await archiveOfAllSeeds();
    const text = JSON.stringify(await exportBundle(source), null, 1);
    const target = freshArchive();
    const progress: number[] = [];
    const summary = await importBundleStream(target, inPieces(text, 1000), {
      batchSize: 2,
      onProgress: (p) => progress.push(p.done),
    });
    expect(summary).toEqual({ total: 5, added: 5, duplicates: 0, reanalysed: 0 });
    expect(progress).toEqual([0, 2, 4, 5]);
    expect(withoutTime(await exportBundle(target))).toEqual(withoutTime(await exportBundle(source)));
    // The key counts, not '#generation' (how many writes changed them: a batch is one write).
    const counts = async (db: typeof target) => (await db.keyStats.toArray()).filter((row) => row.key !== '#generation');
    expect(await counts(target)).toEqual(await counts(source));
  });

  test('fields may come in any order, and the same file twice adds nothing', async () => {
    const { articles, ...header } = await exportBundle(await archiveOfAllSeeds());
    const text = JSON.stringify({ articles, ...header });
    const db = freshArchive();
    await importBundleStream(db, inPieces(text, 777));
    expect(await importBundleStream(db, inPieces(text, 4096))).toMatchObject({ added: 0, duplicates: 5 });
  });

  test.each([
    ['cut short', (t: string) => t.slice(0, -30), /not valid JSON/],
    ['another format', (t: string) => t.replace('"backstory-archive"', '"zotero"'), /not a Backstory archive/],
    ['a newer version', (t: string) => t.replace('"version":1', '"version":99'), /newer Backstory/],
    ['a bad last article', (t: string) => t.replace(/"polarity":"(affirm|deny)"(?![\s\S]*"polarity")/, '"polarity":"maybe"'), /articles\[4\].*polarity/],
    ['text after the end', (t: string) => `${t} {}`, /not valid JSON/],
    ['articles not a list', (t: string) => t.replace('"articles":[', '"articles":{"x":[').replace(/]}$/, ']}}'), /"articles" must be a list/],
  ])('a broken file (%s) is refused before anything is stored', async (_name, breakIt, message) => {
    const text = breakIt(JSON.stringify(await exportBundle(await archiveOfAllSeeds())));
    const db = freshArchive();
    const attempt = importBundleStream(db, inPieces(text, 500), { batchSize: 2 });
    await expect(attempt).rejects.toThrow(BundleError);
    await expect(importBundleStream(db, inPieces(text, 500))).rejects.toThrow(message);
    expect(await db.articles.count()).toBe(0);
  });

  test('cancelled after the first batch: what was stored stays, and says how much', async () => {
    const text = JSON.stringify(await exportBundle(await archiveOfAllSeeds()));
    const db = freshArchive();
    const stop = new AbortController();
    const attempt = importBundleStream(db, inPieces(text, 2048), {
      batchSize: 2,
      signal: stop.signal,
      onProgress: (p) => p.done === 2 && stop.abort(),
    });
    const stopped = await stoppedBy(attempt);
    expect(stopped.summary).toMatchObject({ total: 5, added: 2 });
    expect(stopped.reason).toBe('cancelled');
    expect(await db.articles.count()).toBe(2);
  });

  test('a write that fails in the third batch keeps the first two batches', async () => {
    const exported = await exportBundle(await archiveOfAllSeeds());
    const text = JSON.stringify(exported);
    const db = freshArchive();
    let batches = 0;
    db.use({
      stack: 'dbcore',
      name: 'fail-third-batch',
      create: (down) => ({
        ...down,
        transaction: (tables, mode, options) => {
          if (mode === 'readwrite' && tables.length > 1 && ++batches === 3) {
            throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
          }
          return down.transaction(tables, mode, options);
        },
      }),
    });
    const attempt = importBundleStream(db, inPieces(text, 4096), { batchSize: 2 });
    const stopped = await stoppedBy(attempt);
    expect(stopped.reason).toBe('quota');
    expect(stopped.summary).toMatchObject({ total: 5, added: 4 });
    expect(await db.articles.count()).toBe(4);
  });
});
