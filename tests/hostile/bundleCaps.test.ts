import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportBundle, type ArchiveBundle } from '../../src/archive/bundle';
import { importBundleStream, ImportStopped } from '../../src/archive/bundleImport';
import { ingestArticle } from '../../src/archive/ingest';
import { analyzedSeed, freshArchive, seedFileName, storedStatements } from '../../src/archive/testing';
import { MAX_BYLINE_CHARS, MAX_SITE_NAME_CHARS, MAX_STATEMENT_CHARS, MAX_STATEMENTS, MAX_TITLE_CHARS } from '../../src/core/limits';
import { backstory, seed } from '../unit/cliRun';
import { storedChars } from './storedSize';

// Issue 12, item 6: an imported article is as hostile as a page. A bundle's analysis was stored
// as it came: an article of 20,000 statements made `check` take 165 s, and nothing held a
// megabyte title or byline. Now a bundle's article is cut to the caps a page is read within.
const MB = 1024 * 1024;

/** A statement as short as the analyzer writes one: 100,000 of them fit in a bundle article. */
const SHORT = {
  text: 'Belarus will not join the war.', speaker: 'Alexander Lukashenko', attribution: 'direct', polarity: 'deny',
  modality: 'intention', predicate: 'join_war', subject: 'Belarus', target: null, quantities: [], date: null,
} as const;

async function seedBundle(): Promise<ArchiveBundle> {
  const db = freshArchive(`caps-${Math.random()}`);
  for (const n of [0, 1, 2, 3, 4]) await ingestArticle(db, analyzedSeed(n), { origin: 'saved' });
  return exportBundle(db);
}

/** A file read as a browser's stream hands it over, in pieces of 1 MB. */
const streamOf = (text: string) => async function* () {
  for (let at = 0; at < text.length; at += MB) yield text.slice(at, at + MB);
};

describe('a hostile bundle imported in the browser', () => {
  test('a 20 MB title, megabyte byline and site name, a 5 MB statement and 100,000 statements are cut to the caps; nothing else is lost', async () => {
    const bundle = await seedBundle();
    const [a0, a1, a2, a3, a4] = bundle.articles.map((article) => structuredClone(article));
    const hostile = [
      a0!,
      { ...a1!, title: `Putin in Minsk ${'x'.repeat(20 * MB)}`, byline: 'Jane Doe '.repeat(MB / 8), siteName: 'Reuters '.repeat(MB / 8) },
      { ...a2!, statements: Array.from({ length: 100_000 }, (_, i) => ({ ...SHORT, id: `s${i}` })), events: [] },
      { ...a3!, statements: [{ ...a3!.statements[0]!, text: `${'Belarus will not join the war. '.repeat(170_000)}` }, ...a3!.statements.slice(1)] },
      a4!,
    ];
    const json = JSON.stringify({ ...bundle, articles: hostile });
    expect(json.length).toBeGreaterThan(30 * MB);

    const db = freshArchive(`caps-${Math.random()}`);
    const started = performance.now();
    const summary = await importBundleStream(db, streamOf(json), { origin: 'imported' });
    const ms = performance.now() - started;
    expect(ms).toBeLessThan(30_000);
    expect(summary).toMatchObject({ total: 5, added: 5, duplicates: 0 });

    const stored = await db.articles.orderBy('id').toArray();
    expect(stored.map((article) => article.url)).toEqual(bundle.articles.map((article) => article.url));
    expect(stored[1]!.title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(stored[1]!.title).toMatch(/^Putin in Minsk/);
    expect(stored[1]!.byline!.length).toBeLessThanOrEqual(MAX_BYLINE_CHARS);
    expect(stored[1]!.siteName!.length).toBeLessThanOrEqual(MAX_SITE_NAME_CHARS);
    expect(stored.map((article) => article.truncated ?? false)).toEqual([false, true, true, true, false]);
    expect((await storedStatements(db, stored[2]!.id)).length).toBe(MAX_STATEMENTS);
    const longest = Math.max(...(await storedStatements(db, stored[3]!.id)).map((s) => s.text.length));
    expect(longest).toBeLessThanOrEqual(MAX_STATEMENT_CHARS);
    // The articles that fitted are stored as they were exported, statements and all.
    const again = await exportBundle(db);
    for (const i of [0, 4]) expect(again.articles[i]).toEqual({ ...bundle.articles[i], origin: 'imported' });
    // The memory bound: the archive holds a few megabytes, not the 40 MB file.
    expect(await storedChars(db)).toBeLessThan(5 * MB);
  }, 120_000);

  test('an article larger than the 32 MB a bundle article may be is refused by name before anything is stored', async () => {
    const bundle = await seedBundle();
    const articles = bundle.articles.map((article, i) => (i === 2 ? { ...article, title: 'x'.repeat(50 * MB) } : article));
    const db = freshArchive(`caps-${Math.random()}`);
    const started = performance.now();
    const error = await importBundleStream(db, streamOf(JSON.stringify({ ...bundle, articles })), { origin: 'imported' }).catch((reason: unknown) => reason);
    const ms = performance.now() - started;
    expect(error).not.toBeInstanceOf(ImportStopped);
    expect((error as Error).message).toMatch(/^articles\[2\] is larger than 33,554,432 characters/);
    expect(ms).toBeLessThan(10_000);
    expect(await db.articles.count()).toBe(0);
  }, 60_000);
});

describe('a hostile bundle as the command line\'s archive', () => {
  test('check against a bundle with a 50 MB title and an article of 100,000 statements: in seconds, cut to the caps', async () => {
    const bundle = await seedBundle();
    const articles = bundle.articles.map((article, i) =>
      i === 3 ? { ...article, title: `${article.title} ${'x'.repeat(50 * MB)}` }
        : i === 1 ? { ...article, statements: Array.from({ length: 100_000 }, (_, n) => ({ ...SHORT, id: `s${n}` })), events: [] }
          : i === 4 ? null : article).filter((article) => article !== null);
    const dir = mkdtempSync(join(tmpdir(), 'backstory-caps-'));
    try {
      const archive = join(dir, 'hostile.json');
      writeFileSync(archive, JSON.stringify({ ...bundle, articles }));
      const started = performance.now();
      const run = backstory('check', seed(seedFileName(4)), '--archive', archive, '--date', '2022-12-19');
      const ms = performance.now() - started;
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(ms).toBeLessThan(90_000);
      const { related, contradictions } = JSON.parse(run.stdout);
      expect(related[0].title).toMatch(/^Putin heads for Belarus amid fears of new assault on Ukraine x/);
      expect(related[0].title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
      expect(contradictions.length).toBeLessThanOrEqual(20);
      // The store the bundle was read into holds the capped archive, not the 70 MB file.
      expect(statSync(`${archive}.sqlite`).size).toBeLessThan(10 * MB);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
