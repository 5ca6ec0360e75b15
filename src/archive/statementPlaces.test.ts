import { describe, expect, test } from 'vitest';
import { analyzeText } from '../core/pipeline';
import type { CheckResult } from '../core/types';
import { ingestArticle } from './ingest';
import { checkArticle } from './related';
import { statementsOf } from './articleStatements';
import type { ArchiveDB } from './db';
import { packStatements, type StoredStatement } from './statementPack';
import { analyzedSeed, freshArchive, storedStatements } from './testing';

/** Every stored statement changed by `change`, as another version would have stored it. */
async function rewriteStatements(db: ArchiveDB, change: (row: StoredStatement) => StoredStatement) {
  await db.articles.toCollection().modify((record) => {
    const rows = statementsOf(record).map(({ id: _id, articleId: _a, ...row }) => change(row));
    record.statementPack = packStatements(record.text, rows);
  });
}

const report = analyzeText(
  'Shelling in Bucha\n\nRussian forces shelled Bucha on Monday, the regional governor said. Ukrainian officials said troops repelled an attack near Irpin.',
  { url: 'https://news.invalid/bucha', publishedAt: '2022-03-28' },
);

describe('places stored with statements', () => {
  test('each stored statement keeps the place its own words name, versioned', async () => {
    const db = freshArchive();
    await ingestArticle(db, report, { origin: 'saved' });
    const rows = await storedStatements(db);
    const byText = new Map(rows.map((row) => [row.text.slice(0, 20), row.namedPlace]));
    expect(byText.get('Russian forces shell')).toMatch(/\|place:bucha$/);
    expect(byText.get('troops repelled an a')).toMatch(/\|place:irpin$/);
  });

  test('a check finds the same contradictions whether the places were stored, stored by another version, or never stored', async () => {
    const stored = freshArchive('stored');
    const stale = freshArchive('stale');
    const old = freshArchive('old');
    for (const db of [stored, stale, old]) for (const n of [0, 1, 3, 4]) await ingestArticle(db, analyzedSeed(n), { origin: 'imported' });
    // Another version's reading names a wrong place: it must not be believed.
    await rewriteStatements(stale, (row) => ({ ...row, namedPlace: '0.0|place:lviv' }));
    await rewriteStatements(old, ({ namedPlace: _place, ...row }) => row);
    const [a, b, c] = await Promise.all([stored, stale, old].map((db) => checkArticle(db, analyzedSeed(2)))) as [CheckResult, CheckResult, CheckResult];
    expect(a.contradictions.length).toBeGreaterThan(0);
    expect(b.contradictions).toEqual(a.contradictions);
    expect(c.contradictions).toEqual(a.contradictions);
  });
});
