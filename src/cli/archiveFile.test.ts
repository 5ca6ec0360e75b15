import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { exportBundle, ingestArticle } from '../archive';
import { analyzedSeed, freshArchive } from '../archive/testing';
import { openArchive } from './archiveFile';
import { bundleFingerprint, bundleStorePath } from './store/bundleCache';
import { openArchiveStore } from './store/archiveStore';

const workDir = mkdtempSync(join(tmpdir(), 'backstory-archive-file-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

async function titlesIn(path: string): Promise<string[]> {
  const archive = await openArchive(path, { create: false, write: false });
  try {
    return (await archive.db.articles.toArray()).map((article) => article.title).sort();
  } finally {
    archive.close();
  }
}

describe('a bundle served through the store beside it', () => {
  test('follows the bundle when the bundle is replaced, and the store beside can be deleted', async () => {
    const path = join(workDir, 'archive.json');
    const ingest = await openArchive(path, { create: true, write: true });
    await ingestArticle(ingest.db, analyzedSeed(0), { origin: 'imported' });
    await ingest.save();
    ingest.close();
    expect(JSON.parse(readFileSync(path, 'utf8')).articles).toHaveLength(1);
    expect(existsSync(bundleStorePath(path))).toBe(true);
    const [first] = await titlesIn(path);

    // The reader exports another archive from the extension over the same file.
    const other = freshArchive('exported-elsewhere');
    for (const n of [1, 2]) await ingestArticle(other, analyzedSeed(n), { origin: 'saved' });
    writeFileSync(path, JSON.stringify(await exportBundle(other)));
    other.close();
    const replaced = await titlesIn(path);
    expect(replaced).toHaveLength(2);
    expect(replaced).not.toContain(first);
    const store = await openArchiveStore(bundleStorePath(path), { write: false });
    expect(store.sqlite.prepare("SELECT value FROM meta WHERE name = 'bundleFingerprint'").get()).toEqual({ value: bundleFingerprint(path) });
    store.close();

    rmSync(bundleStorePath(path));
    expect(await titlesIn(path)).toEqual(replaced);
  });

  test('a store is its own archive: nothing is written beside it', async () => {
    const path = join(workDir, 'archive.sqlite');
    const ingest = await openArchive(path, { create: true, write: true });
    await ingestArticle(ingest.db, analyzedSeed(3), { origin: 'imported' });
    await ingest.save();
    ingest.close();
    expect(await titlesIn(path)).toEqual([expect.stringMatching(/Putin/)]);
    expect(existsSync(`${path}.sqlite`) || existsSync(`${path}-wal`)).toBe(false);
  });
});
